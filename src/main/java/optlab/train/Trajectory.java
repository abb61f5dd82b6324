package optlab.train;

import java.util.List;

/**
 * A run's weights along the way: at the start (step 0), after every so many steps and after the
 * last, each as {@link Weights#flat} gives them.
 *
 * @param steps the number of updates applied before each point, ascending from 0
 * @param points the weights, one flat array per step, all of one length
 */
public record Trajectory(List<Long> steps, List<float[]> points) {

    public Trajectory {
        steps = List.copyOf(steps);
        points = List.copyOf(points);
        if (steps.size() != points.size()) {
            throw new IllegalArgumentException(steps.size() + " steps for " + points.size() + " points");
        }
        for (float[] p : points) {
            if (p.length != points.get(0).length) {
                throw new IllegalArgumentException("trajectory points of " + points.get(0).length + " and " + p.length + " weights");
            }
        }
    }

    public int size() {
        return steps.size();
    }

    public float[] last() {
        return points.get(points.size() - 1);
    }
}
