package optlab.scratch.optim;

import java.util.ArrayList;
import java.util.List;
import optlab.scratch.Parameter;

/**
 * Applies one update rule to every parameter of a network, keeping the rule's state per parameter.
 * The rule runs on Java arrays (which the JIT vectorises); each parameter's values stay in its
 * array between steps, so a step copies the gradient out of native memory and the new values back,
 * not the values out as well: whoever writes a parameter's values elsewhere calls {@link #reload}.
 */
public final class ScratchOptimizer<S> {

    private final UpdateRule<S> rule;
    private final List<S> states = new ArrayList<>();
    private final List<float[]> values = new ArrayList<>();
    private final List<float[]> gradients = new ArrayList<>();

    public ScratchOptimizer(UpdateRule<S> rule, List<Parameter> parameters) {
        this.rule = rule;
        for (Parameter p : parameters) {
            states.add(rule.initialState(p.size()));
            values.add(new float[p.size()]);
            gradients.add(new float[p.size()]);
        }
        reload(parameters);
    }

    /** Takes the parameters' values from native memory again, after something other than this optimizer wrote them. */
    public void reload(List<Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).value().data().asNioFloat().get(0, values.get(i));
        }
    }

    /** Moves each parameter to where the rule wants the next gradient taken ({@link UpdateRule#lookAhead}); call before the forward pass. */
    public void lookAhead(List<Parameter> parameters) {
        if (!rule.looksAhead()) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            rule.lookAhead(values.get(i), states.get(i));
            parameters.get(i).value().data().asNioFloat().put(0, values.get(i));
        }
    }

    /** Copies each gradient out of native memory, applies the rule, and copies the values back. */
    public void step(List<Parameter> parameters, float lr) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            p.gradient().data().asNioFloat().get(0, gradients.get(i));
            rule.apply(values.get(i), gradients.get(i), states.get(i), lr);
            p.value().data().asNioFloat().put(0, values.get(i));
        }
    }
}
