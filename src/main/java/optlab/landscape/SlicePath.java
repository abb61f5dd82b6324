package optlab.landscape;

import java.util.List;

/** One run's trajectory over a slice: a point per recorded step. */
public record SlicePath(String configuration, String runId, List<SlicePoint> points) {

    public SlicePath {
        points = List.copyOf(points);
    }

    /** The largest distance of any point from the slice. */
    public double maxDistance() {
        return points.stream().mapToDouble(SlicePoint::distance).max().orElse(0);
    }
}
