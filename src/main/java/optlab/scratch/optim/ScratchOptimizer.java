package optlab.scratch.optim;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import optlab.scratch.Parameter;

/** Applies one update rule to every parameter of a network, keeping the rule's state per parameter. */
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
    }

    /** Moves each parameter to where the rule wants the next gradient taken ({@link UpdateRule#lookAhead}); call before the forward pass. */
    public void lookAhead(List<Parameter> parameters) {
        if (!rule.looksAhead()) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            FloatBuffer value = parameters.get(i).value().data().asNioFloat();
            value.get(0, values.get(i));
            rule.lookAhead(values.get(i), states.get(i));
            value.put(0, values.get(i));
        }
    }

    /** Copies each parameter out of native memory, applies the rule on Java arrays (which the JIT vectorises), and copies it back. */
    public void step(List<Parameter> parameters, float lr) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            FloatBuffer value = p.value().data().asNioFloat();
            value.get(0, values.get(i));
            p.gradient().data().asNioFloat().get(0, gradients.get(i));
            rule.apply(values.get(i), gradients.get(i), states.get(i), lr);
            value.put(0, values.get(i));
        }
    }
}
