package optlab.lab;

import java.util.ArrayList;
import java.util.List;

/** What one session did on one case: the tensor after every step. */
record Trajectory(Case c, List<Stepped> steps) {

    /** Runs {@code c} as tensor {@code id} of {@code session}. */
    static Trajectory run(Session session, int id, Case c, boolean withState) {
        session.init(id, c.start().length, c.hp());
        float[] w = c.start().clone();
        var steps = new ArrayList<Stepped>();
        for (float[] g : c.gradients()) {
            Stepped s = session.step(id, w.clone(), g, withState);
            if (s.w().length != w.length) {
                throw new SubmissionException("step returned " + s.w().length + " weights for a tensor of " + w.length);
            }
            w = s.w().clone();
            steps.add(new Stepped(w, s.state()));
        }
        return new Trajectory(c, steps);
    }
}
