package optlab.scratch.optim;

import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import optlab.scratch.Parameter;

/** {@link ScratchOptimizer} for a float64 network: applies a float64 rule to every parameter, state per parameter. */
public final class Float64Optimizer<S> {

    private final Float64UpdateRule<S> rule;
    private final List<S> states = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final List<double[]> gradients = new ArrayList<>();

    public Float64Optimizer(Float64UpdateRule<S> rule, List<Parameter> parameters) {
        this.rule = rule;
        for (Parameter p : parameters) {
            states.add(rule.initialFloat64State(p.size()));
            values.add(new double[p.size()]);
            gradients.add(new double[p.size()]);
        }
    }

    public void step(List<Parameter> parameters, double lr) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            DoubleBuffer value = p.value().data().asNioDouble();
            value.get(0, values.get(i));
            p.gradient().data().asNioDouble().get(0, gradients.get(i));
            rule.apply(values.get(i), gradients.get(i), states.get(i), lr);
            value.put(0, values.get(i));
        }
    }
}
