package optlab.train;

import java.util.ArrayList;
import java.util.List;

/** Takes a trainer's weights at the start, after every {@code every} steps, and after the last step it trained. */
final class TrajectoryRecorder {

    private final int every;
    private final Trainer trainer;
    private final List<Long> steps = new ArrayList<>();
    private final List<float[]> points = new ArrayList<>();

    TrajectoryRecorder(int every, Trainer trainer) {
        this.every = every;
        this.trainer = trainer;
        take(0);
    }

    /** After update {@code step} (1-based). */
    void after(long step) {
        if (step % every == 0) {
            take(step);
        }
    }

    private void take(long step) {
        steps.add(step);
        points.add(trainer.parameters().flat());
    }

    /** The trajectory up to the last update, {@code step}. */
    Trajectory finish(long step) {
        if (steps.get(steps.size() - 1) != step) {
            take(step);
        }
        return new Trajectory(steps, points);
    }
}
