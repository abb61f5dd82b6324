package optlab.lab;

import optlab.scratch.optim.UpdateRule;

/** A submission as a scratch update rule, so that it can drive the scratch network in lockstep; each tensor gets its own id. */
final class SessionRule implements UpdateRule<Integer> {

    private final Session session;
    private final Hyper hp;
    private int next;

    SessionRule(Session session, Hyper hp) {
        this.session = session;
        this.hp = hp;
    }

    @Override
    public Integer initialState(int size) {
        int id = next++;
        session.init(id, size, hp);
        return id;
    }

    @Override
    public void apply(float[] w, float[] g, Integer id, float lr) {
        float[] updated = session.step(id, w, g, false).w();
        if (updated.length != w.length) {
            throw new SubmissionException("step returned " + updated.length + " weights for a tensor of " + w.length);
        }
        System.arraycopy(updated, 0, w, 0, w.length);
    }
}
