package optlab.lab;

import java.util.HashMap;
import java.util.Map;
import optlab.scratch.optim.UpdateRule;

/** The project's own scratch rule, which reproduces TensorFlow's reference vectors: the oracle for the weights of every catalog rule. */
final class ScratchSession<S> implements Session {

    private final UpdateRule<S> rule;
    private final Map<Integer, S> states = new HashMap<>();
    private float lr;

    ScratchSession(UpdateRule<S> rule) {
        this.rule = rule;
    }

    @Override
    public void init(int id, int size, Hyper hp) {
        states.put(id, rule.initialState(size));
        lr = hp.lr();
    }

    @Override
    public Stepped step(int id, float[] w, float[] g, boolean withState) {
        rule.apply(w, g.clone(), states.get(id), lr);
        return new Stepped(w, Map.of());
    }
}
