package optlab.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import optlab.data.Dataset;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.results.StoredResults;
import optlab.run.TrainerFactory;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.LandscapeSpec;
import optlab.spec.ModelLayout;
import optlab.spec.RunSpec;
import optlab.spec.SpecHash;
import optlab.train.InitialWeights;
import optlab.train.Trainer;
import optlab.train.Trajectory;

/**
 * Computes an experiment's landscape views from its stored runs and caches them in the results
 * store, keyed by everything they depend on, so a report drawn again reads them back. The report
 * itself only reads: {@link #stored}.
 */
public final class LandscapeRunner {

    /** Points of the 1-D interpolation, from t = -0.25 to 1.25. */
    static final int LINE_POINTS = 31;
    /** Bumped whenever what a view holds changes, so older cached views are computed again. */
    private static final int FORMAT = 1;

    /** What the report draws: one slice per run (own bases) or one shared slice, and the 1-D lines. */
    public record Landscapes(List<Slice> slices, List<Interpolation> lines) {
        public static final Landscapes NONE = new Landscapes(List.of(), List.of());
    }

    /** Hears about each view as it is computed or found; for progress. */
    public interface Events {
        Events NONE = new Events() {
        };

        /** View {@code index} of {@code total} was computed in {@code seconds}. */
        default void computed(String what, double seconds, int index, int total) {
        }

        default void reused(String what, int index, int total) {
        }
    }

    private final ResultsStore store;
    private final Function<RunSpec, Dataset> trainingSplit;
    private final Events events;

    /** @param trainingSplit the training rows a run trained on (its preprocessing and split) */
    public LandscapeRunner(ResultsStore store, Function<RunSpec, Dataset> trainingSplit, Events events) {
        this.store = store;
        this.trainingSplit = trainingSplit;
        this.events = events;
    }

    /** Computes what is not cached yet; {@link Landscapes#NONE} when the experiment asks for no landscape. */
    public Landscapes run(ExperimentSpec experiment, List<RunResult> runs) {
        if (experiment.landscape() == null) {
            return Landscapes.NONE;
        }
        List<RunResult> drawn = drawnRuns(experiment, runs);
        List<Job> jobs = jobs(experiment, drawn);
        var slices = new ArrayList<Slice>();
        var lines = new ArrayList<Interpolation>();
        int index = 0;
        int total = jobs.size() + drawn.size();
        for (Job job : jobs) {
            index++;
            String what = "slice " + job.title();
            Slice cached = store.findLandscape(job.key(), Slice.class).orElse(null);
            if (cached == null) {
                cached = compute(job, experiment);
                store.saveLandscape(job.key(), cached);
                events.computed(what, cached.seconds(), index, total);
            } else {
                events.reused(what, index, total);
            }
            slices.add(cached);
        }
        for (RunResult run : drawn) {
            index++;
            String key = lineKey(run, experiment.landscape().evaluator());
            String what = "line " + experiment.configuration(run.spec());
            Interpolation cached = store.findLandscape(key, Interpolation.class).orElse(null);
            if (cached == null) {
                long start = System.nanoTime();
                cached = line(key, experiment, run);
                store.saveLandscape(key, cached);
                events.computed(what, (System.nanoTime() - start) / 1e9, index, total);
            } else {
                events.reused(what, index, total);
            }
            lines.add(cached);
        }
        return new Landscapes(slices, lines);
    }

    /**
     * The cached views of an experiment, for a report drawn from stored results.
     *
     * @throws optlab.results.ResultsException naming a view that is not stored
     */
    public static Landscapes stored(StoredResults store, ExperimentSpec experiment, List<RunResult> runs) {
        if (experiment.landscape() == null) {
            return Landscapes.NONE;
        }
        List<RunResult> drawn = drawnRuns(experiment, runs);
        var slices = new ArrayList<Slice>();
        for (Job job : jobs(experiment, drawn)) {
            slices.add(store.findLandscape(job.key(), Slice.class).orElseThrow(() -> missing(store, job.title())));
        }
        var lines = new ArrayList<Interpolation>();
        for (RunResult run : drawn) {
            lines.add(store.findLandscape(lineKey(run, experiment.landscape().evaluator()), Interpolation.class)
                    .orElseThrow(() -> missing(store, "line " + experiment.configuration(run.spec()))));
        }
        return new Landscapes(slices, lines);
    }

    private static optlab.results.ResultsException missing(StoredResults store, String what) {
        return new optlab.results.ResultsException(store.where() + ": the landscape view '" + what
                + "' is not stored; run 'optlab report' without --from to compute it");
    }

    /**
     * One run per configuration, its first seed, on the scratch network where it ran there (every rule
     * runs there) and not diverged: a diverged run has no trajectory to draw.
     */
    static List<RunResult> drawnRuns(ExperimentSpec experiment, List<RunResult> runs) {
        Map<String, RunResult> chosen = new LinkedHashMap<>();
        for (RunResult run : runs) {
            if (run.diverged() || run.trajectory() == null || run.spec().seed() != experiment.seed()) {
                continue;
            }
            String configuration = experiment.configuration(run.spec());
            RunResult held = chosen.get(configuration);
            if (held == null || (held.spec().implementation() != Implementation.SCRATCH && run.spec().implementation() == Implementation.SCRATCH)) {
                chosen.put(configuration, run);
            }
        }
        return List.copyOf(chosen.values());
    }

    /** A slice to compute: its plane, its grid, the runs whose paths it draws, and the run whose trainer evaluates it. */
    private record Job(String key, String title, String base, Plane plane, double[] a, double[] b, List<RunResult> paths, RunResult probe) {
    }

    private static List<Job> jobs(ExperimentSpec experiment, List<RunResult> drawn) {
        LandscapeSpec spec = experiment.landscape();
        var jobs = new ArrayList<Job>();
        if (drawn.isEmpty()) {
            return jobs;
        }
        if (spec.view() != LandscapeSpec.View.COORDINATES) {
            for (RunResult run : drawn) {
                List<float[]> points = run.trajectory().points();
                Plane plane = spec.view() == LandscapeSpec.View.PCA ? Planes.pca(points)
                        : Planes.random(ModelLayout.of(run.spec().model()), run.trajectory().last(), run.spec().seed());
                jobs.add(job(experiment, experiment.configuration(run.spec()), "its own final weights", plane, List.of(run), run));
            }
            return jobs;
        }
        List<LandscapeSpec.Axis> axes = spec.parsedAxes();
        if (spec.ownBase()) {
            List<Plane> planes = drawn.stream().map(r -> Planes.coordinates(ModelLayout.of(r.spec().model()), axes, r.trajectory().last())).toList();
            double[][] range = range(planes.get(0), drawn, spec.margin());
            for (int r = 0; r < drawn.size(); r++) {
                RunResult run = drawn.get(r);
                jobs.add(new Job(key(experiment, List.of(run), run, planes.get(r)), experiment.configuration(run.spec()),
                        "its own final weights", planes.get(r), grid(range[0], spec.grid()), grid(range[1], spec.grid()), List.of(run), run));
            }
            return jobs;
        }
        RunResult baseRun = spec.base().equals(LandscapeSpec.START) ? drawn.get(0)
                : drawn.stream().filter(r -> r.spec().optimizer().label().equals(spec.base())).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("landscape.base '" + spec.base() + "' names no run that finished with a trajectory"));
        float[] base = spec.base().equals(LandscapeSpec.START) ? baseRun.trajectory().points().get(0) : baseRun.trajectory().last();
        String baseLabel = spec.base().equals(LandscapeSpec.START) ? "the shared initial weights"
                : "the final weights of " + experiment.configuration(baseRun.spec());
        Plane plane = Planes.coordinates(ModelLayout.of(baseRun.spec().model()), axes, base);
        List<RunResult> onIt = drawn.stream().filter(r -> r.spec().model().equals(baseRun.spec().model())).toList();
        jobs.add(job(experiment, "every path", baseLabel, plane, onIt, baseRun));
        return jobs;
    }

    private static Job job(ExperimentSpec experiment, String title, String base, Plane plane, List<RunResult> paths, RunResult probe) {
        double[][] range = range(plane, paths, experiment.landscape().margin());
        int n = experiment.landscape().grid();
        return new Job(key(experiment, paths, probe, plane), title, base, plane, grid(range[0], n), grid(range[1], n), paths, probe);
    }

    /** The plane coordinates that cover every point of every path, widened by {@code margin} of their span on each side. */
    private static double[][] range(Plane plane, List<RunResult> runs, double margin) {
        double aLo = Double.POSITIVE_INFINITY, aHi = Double.NEGATIVE_INFINITY, bLo = Double.POSITIVE_INFINITY, bHi = Double.NEGATIVE_INFINITY;
        for (RunResult run : runs) {
            for (float[] w : run.trajectory().points()) {
                Plane.Projection p = plane.project(w);
                aLo = Math.min(aLo, p.a());
                aHi = Math.max(aHi, p.a());
                bLo = Math.min(bLo, p.b());
                bHi = Math.max(bHi, p.b());
            }
        }
        return new double[][] {widened(aLo, aHi, margin), widened(bLo, bHi, margin)};
    }

    private static double[] widened(double lo, double hi, double margin) {
        double span = hi - lo;
        double pad = span > 0 ? span * margin : Math.max(Math.abs(lo), 1) * 0.5;
        return new double[] {lo - pad, hi + pad};
    }

    private static double[] grid(double[] range, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = range[0] + (range[1] - range[0]) * i / (n - 1);
        }
        return g;
    }

    /** Everything a slice depends on: the view's settings, the runs (their ids fix their trajectories), the trainer's run. */
    private static String key(ExperimentSpec experiment, List<RunResult> paths, RunResult probe, Plane plane) {
        return "slice-" + SpecHash.of(new SliceKey(FORMAT, experiment.landscape(), probe.id(), plane.uLabel(), plane.vLabel(),
                paths.stream().map(RunResult::id).toList()));
    }

    private record SliceKey(int format, LandscapeSpec landscape, String probe, String u, String v, List<String> paths) {
    }

    private record LineKey(int format, int points, String run, Implementation evaluator) {
    }

    private Slice compute(Job job, ExperimentSpec experiment) {
        long start = System.nanoTime();
        Plane plane = job.plane();
        double[][] loss = grid(job, experiment.landscape());
        var paths = new ArrayList<SlicePath>();
        try (Trainer trainer = evaluator(job.probe(), experiment.landscape())) {
            var probe = new LossProbe(trainer, ModelLayout.of(job.probe().spec().model()), trainingSplit.apply(job.probe().spec()));
            for (RunResult run : job.paths()) {
                Trajectory trajectory = run.trajectory();
                var points = new ArrayList<SlicePoint>();
                for (int k = 0; k < trajectory.size(); k++) {
                    float[] w = trajectory.points().get(k);
                    Plane.Projection p = plane.project(w);
                    double onSlice = probe.loss(plane.at(p.a(), p.b()));
                    points.add(new SlicePoint(trajectory.steps().get(k), p.a(), p.b(), onSlice, probe.loss(w), p.distance()));
                }
                paths.add(new SlicePath(experiment.configuration(run.spec()), run.id(), points));
            }
        }
        return new Slice(job.key(), job.title(), experiment.landscape().view().id(), job.base(), plane.uLabel(), plane.vLabel(),
                Double.isNaN(plane.explained()) ? null : plane.explained(), job.a(), job.b(), loss, paths,
                (System.nanoTime() - start) / 1e9);
    }

    private static String lineKey(RunResult run, Implementation evaluator) {
        return "line-" + SpecHash.of(new LineKey(FORMAT, LINE_POINTS, run.id(), evaluator));
    }

    private Interpolation line(String key, ExperimentSpec experiment, RunResult run) {
        Trajectory path = run.trajectory();
        float[] first = path.points().get(0);
        float[] last = path.last();
        double[] t = new double[LINE_POINTS];
        double[] loss = new double[LINE_POINTS];
        try (Trainer trainer = evaluator(run, experiment.landscape())) {
            var probe = new LossProbe(trainer, ModelLayout.of(run.spec().model()), trainingSplit.apply(run.spec()));
            for (int k = 0; k < LINE_POINTS; k++) {
                t[k] = -0.25 + 1.5 * k / (LINE_POINTS - 1);
                float[] w = new float[first.length];
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (first[i] + t[k] * ((double) last[i] - first[i]));
                }
                loss[k] = probe.loss(w);
            }
        }
        return new Interpolation(key, experiment.configuration(run.spec()), run.id(), t, loss);
    }

    /**
     * The loss at every grid point, the rows of the grid shared out over one evaluator per core: each
     * point's loss is its own forward pass, so the grid is the same however many evaluate it.
     */
    private double[][] grid(Job job, LandscapeSpec spec) {
        double[][] loss = new double[job.b().length][job.a().length];
        int workers = Math.min(Runtime.getRuntime().availableProcessors(), loss.length);
        Dataset train = trainingSplit.apply(job.probe().spec());
        ModelLayout layout = ModelLayout.of(job.probe().spec().model());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            var parts = new ArrayList<Future<?>>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                parts.add(pool.submit(() -> {
                    try (Trainer trainer = evaluator(job.probe(), spec)) {
                        var probe = new LossProbe(trainer, layout, train);
                        for (int j = first; j < loss.length; j += workers) {
                            for (int i = 0; i < job.a().length; i++) {
                                loss[j][i] = probe.loss(job.plane().at(job.a()[i], job.b()[j]));
                            }
                        }
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating the landscape of " + job.title(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return loss;
    }

    private static Trainer evaluator(RunResult run, LandscapeSpec spec) {
        return TrainerFactory.forEvaluation(run.spec().model(), spec.evaluator(), InitialWeights.draw(run.spec().model(), run.spec().seed()));
    }
}
