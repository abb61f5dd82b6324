package optlab.report.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import optlab.landscape.Interpolation;
import optlab.landscape.LandscapeRunner;
import optlab.landscape.Slice;
import optlab.landscape.SlicePath;
import optlab.landscape.SlicePoint;
import optlab.report.CsvFile;

/**
 * The landscape's numbers beside the page, at full double precision: every path point
 * ({@code landscape-trajectory.csv}), every grid point ({@code landscape-grid.csv}) and the 1-D
 * interpolations ({@code landscape-line.csv}). Nothing is written without a landscape.
 */
public final class LandscapeCsv {

    static final List<String> TRAJECTORY = List.of("slice", "slice_title", "a_axis", "b_axis", "iteration", "optimizer", "run_id",
            "loss", "a", "b", "slice_loss", "distance");
    static final List<String> GRID = List.of("slice", "slice_title", "a", "b", "loss");
    static final List<String> LINE = List.of("optimizer", "run_id", "t", "loss");

    private LandscapeCsv() {
    }

    public static void writeAll(Path folder, LandscapeRunner.Landscapes landscapes) {
        if (landscapes.slices().isEmpty() && landscapes.lines().isEmpty()) {
            return;
        }
        CsvFile.write(folder.resolve(LandscapeSection.TRAJECTORY_CSV), TRAJECTORY, trajectoryRows(landscapes.slices()));
        CsvFile.write(folder.resolve("landscape-grid.csv"), GRID, gridRows(landscapes.slices()));
        CsvFile.write(folder.resolve(LandscapeSection.LINE_CSV), LINE, lineRows(landscapes.lines()));
    }

    static List<List<Object>> trajectoryRows(List<Slice> slices) {
        var rows = new ArrayList<List<Object>>();
        for (Slice slice : slices) {
            for (SlicePath path : slice.paths()) {
                for (SlicePoint p : path.points()) {
                    rows.add(List.of(slice.key(), slice.title(), slice.uLabel(), slice.vLabel(), p.step(), path.configuration(), path.runId(),
                            p.trueLoss(), p.a(), p.b(), p.sliceLoss(), p.distance()));
                }
            }
        }
        return rows;
    }

    static List<List<Object>> gridRows(List<Slice> slices) {
        var rows = new ArrayList<List<Object>>();
        for (Slice slice : slices) {
            for (int j = 0; j < slice.b().length; j++) {
                for (int i = 0; i < slice.a().length; i++) {
                    rows.add(List.of(slice.key(), slice.title(), slice.a()[i], slice.b()[j], slice.loss()[j][i]));
                }
            }
        }
        return rows;
    }

    static List<List<Object>> lineRows(List<Interpolation> lines) {
        var rows = new ArrayList<List<Object>>();
        for (Interpolation line : lines) {
            for (int k = 0; k < line.t().length; k++) {
                rows.add(List.of(line.configuration(), line.runId(), line.t()[k], line.loss()[k]));
            }
        }
        return rows;
    }
}
