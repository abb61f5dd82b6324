package optlab.lab;

import java.util.HashMap;
import java.util.Map;

/** A {@link StudentRule} driven in this process; anything it throws becomes a {@link SubmissionException} naming the call. */
final class RuleSession implements Session {

    private final StudentRule rule;
    private final Map<Integer, State> states = new HashMap<>();
    private final Map<Integer, Hyper> hypers = new HashMap<>();

    RuleSession(StudentRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(int id, int size, Hyper hp) {
        var state = new State();
        try {
            rule.init(size, state, hp);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SubmissionException("init threw " + e, e);
        }
        states.put(id, state);
        hypers.put(id, hp);
    }

    @Override
    public Stepped step(int id, float[] w, float[] g, boolean withState) {
        State state = states.get(id);
        try {
            rule.step(w, g.clone(), state, hypers.get(id));
        } catch (RuntimeException | StackOverflowError e) {
            throw new SubmissionException("step threw " + e, e);
        }
        return new Stepped(w, withState ? state.arrays() : Map.of());
    }
}
