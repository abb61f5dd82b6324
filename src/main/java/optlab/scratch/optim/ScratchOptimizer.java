package optlab.scratch.optim;

import java.util.ArrayList;
import java.util.List;
import optlab.scratch.Parameter;

/** Applies one update rule to every parameter of a network, keeping the rule's state per parameter. */
public final class ScratchOptimizer<S> {

    private final UpdateRule<S> rule;
    private final List<S> states = new ArrayList<>();

    public ScratchOptimizer(UpdateRule<S> rule, List<Parameter> parameters) {
        this.rule = rule;
        for (Parameter p : parameters) {
            states.add(rule.initialState(p.size()));
        }
    }

    public void step(List<Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            rule.apply(p.value().data().asNioFloat(), p.gradient().data().asNioFloat(), states.get(i));
        }
    }
}
