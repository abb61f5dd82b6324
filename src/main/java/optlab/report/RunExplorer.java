package optlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.PythonNumber;
import optlab.spec.RunSpec;

/**
 * Every run as a row and every hyperparameter as a column of its own (W&B's runs table): the
 * page's script sorts it, filters it and hides the setting columns that are the same in every row.
 */
record RunExplorer(List<Column> columns, List<Row> rows) {

    /** @param parameter a setting rather than a result: hidden with "only columns that differ" when every run has the same */
    record Column(String name, boolean parameter, boolean text) {
    }

    record Row(List<Cell> cells) {
    }

    /** @param text left-aligned, as words are; numbers align right */
    record Cell(String value, boolean text) {
    }

    static RunExplorer of(ExperimentSpec spec, List<RunResult> runs) {
        var keys = new TreeSet<String>();
        runs.forEach(r -> keys.addAll(r.spec().optimizer().params().keySet()));
        var columns = new ArrayList<Column>();
        columns.add(new Column("model", true, true));
        columns.add(new Column("optimizer", true, true));
        columns.add(new Column("lr", true, false));
        keys.forEach(k -> columns.add(new Column(k, true, false)));
        columns.add(new Column("schedule", true, true));
        columns.add(new Column("implementation", true, true));
        columns.add(new Column("seed", true, false));
        for (String result : List.of("train loss", "test loss", "test acc", "macro AUC", "s/epoch")) {
            columns.add(new Column(result, false, false));
        }
        columns.add(new Column("status", false, true));
        var rows = new ArrayList<Row>();
        for (RunResult run : runs) {
            RunSpec r = run.spec();
            var cells = new ArrayList<String>();
            cells.add(spec.variantOf(r).label().isEmpty() ? r.model().label() : spec.variantOf(r).label());
            cells.add(r.optimizer().name());
            cells.add(PythonNumber.of(r.optimizer().learningRate()));
            keys.forEach(k -> cells.add(r.optimizer().params().containsKey(k) ? PythonNumber.of(r.optimizer().params().get(k)) : ""));
            cells.add(r.optimizer().schedule().label());
            cells.add(r.implementation().id());
            cells.add(String.valueOf(r.seed()));
            if (run.diverged()) {
                cells.addAll(List.of("", "", "", "", ""));
                cells.add("diverged");
            } else {
                cells.add(String.format(java.util.Locale.ROOT, "%.4f", run.history().last().trainLoss()));
                cells.add(String.format(java.util.Locale.ROOT, "%.4f", run.evaluation().loss()));
                cells.add(Format.percent(run.evaluation().accuracy()));
                cells.add(String.format(java.util.Locale.ROOT, "%.4f", run.evaluation().macroAuc()));
                cells.add(String.format(java.util.Locale.ROOT, "%.2f", run.history().secondsPerEpoch()));
                cells.add(run.history().stoppedEpoch() > 0 ? "stopped early" : "completed");
            }
            var row = new ArrayList<Cell>();
            for (int c = 0; c < cells.size(); c++) {
                row.add(new Cell(cells.get(c), columns.get(c).text()));
            }
            rows.add(new Row(row));
        }
        return new RunExplorer(columns, rows);
    }
}
