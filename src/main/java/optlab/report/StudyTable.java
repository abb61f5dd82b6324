package optlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.StudyMetric;
import optlab.stats.Interval;
import optlab.stats.Ranking;
import optlab.stats.SeedSummary;
import optlab.train.EpochStats;
import optlab.train.TimeToTarget;

/**
 * The answer a study leads with: its configurations ranked by the study's metric, mean ± standard
 * deviation over seeds, the 95% interval of the mean, and whether each is significantly behind the
 * leader. Ranked on the experiment's first implementation; the other's mean is shown beside it.
 * Seeds are the replicates: the two implementations of one seed are near-copies, so they are never
 * pooled into one sample.
 */
final class StudyTable {

    /**
     * One ranked configuration, formatted.
     *
     * @param published the reference file's figure of the metric at the last epoch, the measured mean's difference
     *     from it and whether it lies inside the 95% interval; null when the experiment has no published figure for it
     */
    record Row(int rank, String configuration, String colour, String mean, String interval, String seeds,
            String verdict, boolean behind, String other, String secondsPerEpoch, String timeToTarget, Published published) {
    }

    record Published(String value, String difference, String inside) {
    }

    private StudyTable() {
    }

    /**
     * One configuration's place, unformatted.
     *
     * @param summary null when every seed diverged
     */
    record Entry(int rank, RunGroup group, SeedSummary summary, String verdict, boolean behind) {
    }

    /** The primary implementation's groups ranked best first; groups whose every seed diverged come last. */
    static List<Entry> rank(ExperimentSpec spec, List<RunGroup> groups) {
        Implementation primary = spec.implementations().get(0);
        StudyMetric metric = spec.metric();
        Map<RunGroup, SeedSummary> summaries = new LinkedHashMap<>();
        var unranked = new ArrayList<RunGroup>();
        for (RunGroup group : groups) {
            if (group.implementation() != primary) {
                continue;
            }
            double[] values = values(group, metric);
            if (values.length == 0) {
                unranked.add(group);
            } else {
                summaries.put(group, SeedSummary.of(values));
            }
        }
        var entries = new ArrayList<Entry>();
        for (var ranked : Ranking.rank(summaries, metric.higherIsBetter() ? Ranking.Better.HIGHER : Ranking.Better.LOWER)) {
            String verdict = ranked.rank() == 1 ? "best mean"
                    : ranked.summary().n() < 2 ? "one seed: no interval"
                    : ranked.differsFromLeader() ? "significantly behind the best" : "not distinguishable from the best";
            entries.add(new Entry(ranked.rank(), ranked.configuration(), ranked.summary(), verdict, ranked.differsFromLeader()));
        }
        for (RunGroup group : unranked) {
            entries.add(new Entry(entries.size() + 1, group, null, "every seed diverged", true));
        }
        return entries;
    }

    static List<Row> rows(ExperimentSpec spec, List<RunGroup> groups) {
        StudyMetric metric = spec.metric();
        var rows = new ArrayList<Row>();
        for (Entry e : rank(spec, groups)) {
            SeedSummary s = e.summary();
            RunGroup group = e.group();
            rows.add(new Row(e.rank(), group.configuration(), RunStyle.hex(group.colour()),
                    s == null ? "diverged" : format(metric, s),
                    s == null ? "–" : s.confidence95().map(i -> interval(metric, i)).orElse("–"), seeds(group), e.verdict(), e.behind(),
                    other(spec, groups, group, metric), secondsPerEpoch(groups, group), timeToTarget(group, spec.targetAccuracy()),
                    published(spec, group, s)));
        }
        return rows;
    }

    /** The final values of the metric over the group's seeds that did not diverge. */
    static double[] values(RunGroup group, StudyMetric metric) {
        return group.completed().stream().map(r -> finalValue(r, metric)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
    }

    /**
     * The run's final value of the metric: on the test set, the final evaluation (after restoring the
     * best weights when early stopping did); on the validation split, the epoch whose weights the
     * run ended with. Empty for a diverged run.
     */
    static OptionalDouble finalValue(RunResult run, StudyMetric metric) {
        if (run.diverged() || run.evaluation() == null) {
            return OptionalDouble.empty();
        }
        return switch (metric) {
            case TEST_ACCURACY -> OptionalDouble.of(run.evaluation().accuracy());
            case TEST_LOSS -> OptionalDouble.of(run.evaluation().loss());
            case VALIDATION_ACCURACY -> optional(endingEpoch(run).validationAccuracy());
            case VALIDATION_LOSS -> optional(endingEpoch(run).validationLoss());
            case TRAIN_ACCURACY -> OptionalDouble.of(endingEpoch(run).trainAccuracy());
            case TRAIN_LOSS -> OptionalDouble.of(endingEpoch(run).trainLoss());
        };
    }

    /** The published figure of a train metric at the experiment's last epoch, if the reference file has one for the group's optimizer. */
    static OptionalDouble publishedValue(ExperimentSpec spec, RunGroup group) {
        if (spec.reference() == null || (spec.metric() != StudyMetric.TRAIN_ACCURACY && spec.metric() != StudyMetric.TRAIN_LOSS)) {
            return OptionalDouble.empty();
        }
        return spec.reference().of(group.runs().get(0).spec().optimizer()).flatMap(c -> c.at(spec.epochs()))
                .map(p -> OptionalDouble.of(spec.metric() == StudyMetric.TRAIN_ACCURACY ? p.trainAccuracy() : p.trainLoss()))
                .orElse(OptionalDouble.empty());
    }

    private static Published published(ExperimentSpec spec, RunGroup group, SeedSummary s) {
        OptionalDouble value = publishedValue(spec, group);
        if (value.isEmpty()) {
            return null;
        }
        StudyMetric metric = spec.metric();
        double v = value.getAsDouble();
        String shown = metric.isAccuracy() ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%.4f", v);
        if (s == null) {
            return new Published(shown, "–", "–");
        }
        double d = s.mean() - v;
        String difference = metric.isAccuracy() ? signed(100 * d, 2) + " points" : signed(d, 4);
        String inside = s.confidence95().map(i -> i.low() <= v && v <= i.high() ? "inside" : "outside").orElse("one seed: no interval");
        return new Published(shown, difference, inside);
    }

    private static EpochStats endingEpoch(RunResult run) {
        var spec = run.spec().earlyStopping();
        int best = run.history().bestEpoch();
        boolean restored = spec != null && spec.restoreBestWeights() && best > 0;
        return restored ? run.history().epochs().get(best - 1) : run.history().last();
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static String seeds(RunGroup group) {
        int diverged = group.runs().size() - group.completed().size();
        return group.runs().size() + (diverged > 0 ? " (" + diverged + " diverged)" : "");
    }

    private static String other(ExperimentSpec spec, List<RunGroup> groups, RunGroup group, StudyMetric metric) {
        Optional<RunGroup> twin = groups.stream()
                .filter(g -> g.configuration().equals(group.configuration()) && g.implementation() != group.implementation())
                .findFirst();
        if (twin.isEmpty()) {
            return NoTwin.lacksTwin(spec, group) ? "no TensorFlow twin" : "";
        }
        double[] values = values(twin.get(), metric);
        if (values.length == 0) {
            return "diverged";
        }
        SeedSummary s = SeedSummary.of(values);
        return format(metric, s);
    }

    /**
     * "scratch 12.31, tensorflow 10.05": each implementation's mean training seconds per epoch over its completed seeds,
     * marked "(2 at once)" when they were measured beside other runs.
     */
    private static String secondsPerEpoch(List<RunGroup> groups, RunGroup group) {
        var parts = new ArrayList<String>();
        for (RunGroup g : groups) {
            if (g.configuration().equals(group.configuration()) && !g.completed().isEmpty()) {
                parts.add(String.format(Locale.ROOT, "%s %.2f", g.implementation().id(),
                        g.completed().stream().mapToDouble(r -> r.history().secondsPerEpoch()).average().orElseThrow())
                        + Contention.mark(g.completed()));
            }
        }
        return String.join(", ", parts);
    }

    /** "3.0 epochs, 2.7 s (3/3 seeds)": means over the seeds that reached the target. */
    private static String timeToTarget(RunGroup group, double target) {
        List<TimeToTarget> reached = group.completed().stream().map(r -> r.history().timeToTestAccuracy(target))
                .flatMap(Optional::stream).toList();
        if (reached.isEmpty()) {
            return "not reached";
        }
        double epochs = reached.stream().mapToInt(TimeToTarget::epochs).average().orElseThrow();
        double seconds = reached.stream().mapToDouble(TimeToTarget::seconds).average().orElseThrow();
        String share = reached.size() == group.runs().size() && group.runs().size() == 1 ? ""
                : " (" + reached.size() + "/" + group.runs().size() + " seeds)";
        return String.format(Locale.ROOT, "%s epochs, %.1f s%s", epochs == Math.rint(epochs) ? String.valueOf((int) epochs)
                : String.format(Locale.ROOT, "%.1f", epochs), seconds, share);
    }

    /** "+0.31", "-0.05"; a difference that rounds to zero is "+0.00", never "-0.00". */
    private static String signed(double value, int decimals) {
        double shown = Math.abs(value) < 0.5 * Math.pow(10, -decimals) ? 0 : value;
        return String.format(Locale.ROOT, "%+." + decimals + "f", shown);
    }

    /** "97.59% ± 0.12", or "97.59%" for one seed, which has no spread to show. */
    private static String format(StudyMetric metric, SeedSummary s) {
        String mean = metric.isAccuracy() ? String.format(Locale.ROOT, "%.2f%%", 100 * s.mean()) : String.format(Locale.ROOT, "%.4f", s.mean());
        if (s.n() == 1) {
            return mean;
        }
        return mean + (metric.isAccuracy() ? String.format(Locale.ROOT, " ± %.2f", 100 * s.standardDeviation())
                : String.format(Locale.ROOT, " ± %.4f", s.standardDeviation()));
    }

    private static String interval(StudyMetric metric, Interval i) {
        return metric.isAccuracy()
                ? String.format(Locale.ROOT, "[%.2f, %.2f]%%", 100 * i.low(), 100 * i.high())
                : String.format(Locale.ROOT, "[%.4f, %.4f]", i.low(), i.high());
    }
}
