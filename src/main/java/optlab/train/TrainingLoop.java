package optlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import optlab.data.DataSplits;
import optlab.data.Dataset;
import optlab.metrics.Evaluation;
import optlab.metrics.LossAccuracy;
import optlab.results.Divergence;
import optlab.results.RunResult;
import optlab.results.RunStatus;
import optlab.spec.ModelLayout;
import optlab.spec.RunSpec;

/**
 * Trains one run: feeds a trainer the seeded batch order, measures everything through the shared
 * metrics code, stops at the first non-finite loss, and applies the run's early stopping. This is
 * the only place that decides what data a trainer sees and how its outputs are scored, so the two
 * implementations are compared on the same footing.
 */
public final class TrainingLoop {

    private final RunSpec spec;
    private final DataSplits data;
    private final TrainingListener listener;

    public TrainingLoop(RunSpec spec, DataSplits data, TrainingListener listener) {
        this.spec = spec;
        this.data = data;
        this.listener = listener;
    }

    public RunResult run(Trainer trainer) {
        Dataset train = data.train();
        var feed = new BatchFeed(train, spec.batchRows(train.size()), spec.seed(), ModelLayout.of(spec.model()), spec.samplingOrDefault());
        int stepsPerEpoch = feed.stepsPerEpoch();
        long totalSteps = spec.iterations() > 0 ? spec.iterations() : (long) stepsPerEpoch * spec.epochs();
        int epochCount = (int) ((totalSteps + stepsPerEpoch - 1) / stepsPerEpoch);
        var epochs = new ArrayList<EpochStats>();
        var iterations = new ArrayList<IterationStats>();
        var trajectory = spec.trajectoryEvery() == 0 ? null : new TrajectoryRecorder(spec.trajectoryEvery(), trainer);
        listener.onStart(epochCount, stepsPerEpoch);
        LearningRateSchedule schedule = LearningRateSchedule.of(spec.optimizer().schedule(), spec.optimizer().learningRate(),
                totalSteps, stepsPerEpoch);
        EarlyStopper stopper = spec.earlyStopping() == null ? null : new EarlyStopper(spec.earlyStopping());
        Weights bestWeights = null;
        int stoppedEpoch = 0;
        long step = 0;
        for (int epoch = 1; epoch <= epochCount; epoch++) {
            double lossSum = 0;
            long correct = 0;
            long seen = 0;
            long trainingNanos = 0;
            double rate = 0;
            long steps = Math.min(stepsPerEpoch, totalSteps - step);
            for (int b = 0; b < steps; b++) {
                long start = System.nanoTime();
                Batch batch = feed.batch(step);
                rate = schedule.rate(step);
                float[] probabilities = trainer.step(batch, (float) rate);
                trainingNanos += System.nanoTime() - start;
                step++;
                int size = batch.size();
                LossAccuracy scored = LossAccuracy.ofRowMajor(probabilities, Arrays.copyOf(batch.labels(), size));
                if (!Double.isFinite(scored.loss())) {
                    return diverged(epochs, iterations, stopper, new Divergence(epoch, step, String.valueOf(scored.loss())));
                }
                lossSum += scored.loss() * size;
                correct += scored.correct();
                seen += size;
                if (trajectory != null) {
                    trajectory.after(step);
                }
                listener.onStep(epoch, step, scored.loss());
                if (step % spec.logEvery() == 0) {
                    iterations.add(new IterationStats(step, epoch, scored.loss(), evaluate(trainer, data.test()).loss()));
                }
            }
            LossAccuracy test = evaluate(trainer, data.test());
            if (!Double.isFinite(test.loss())) {
                return diverged(epochs, iterations, stopper, new Divergence(epoch, step, String.valueOf(test.loss())));
            }
            LossAccuracy validation = data.validation() == null ? null : evaluate(trainer, data.validation());
            var stats = new EpochStats(epoch, lossSum / seen, (double) correct / seen,
                    test.loss(), test.accuracy(),
                    validation == null ? null : validation.loss(),
                    validation == null ? null : validation.accuracy(),
                    rate, trainingNanos / 1e9);
            epochs.add(stats);
            listener.onEpoch(stats);
            if (stopper != null) {
                if (stopper.observe(stats) && spec.earlyStopping().restoreBestWeights()) {
                    bestWeights = trainer.parameters();
                }
                if (stopper.shouldStop() && epoch < epochCount) {
                    stoppedEpoch = epoch;
                    break;
                }
            }
        }
        Trajectory path = trajectory == null ? null : trajectory.finish(step);
        if (bestWeights != null && stopper.bestEpoch() != epochs.size()) {
            trainer.load(bestWeights);
        }
        Dataset test = data.test();
        Evaluation evaluation = Evaluation.ofRowMajor(trainer.predict(test.x(), test.size()), test.labels());
        var history = new History(epochs, iterations, stoppedEpoch, bestEpoch(stopper));
        return new RunResult(spec, RunStatus.COMPLETED, history, evaluation, null, null, path);
    }

    private RunResult diverged(List<EpochStats> epochs, List<IterationStats> iterations, EarlyStopper stopper, Divergence divergence) {
        return new RunResult(spec, RunStatus.DIVERGED, new History(epochs, iterations, 0, bestEpoch(stopper)), null, divergence);
    }

    private static int bestEpoch(EarlyStopper stopper) {
        return stopper == null ? 0 : stopper.bestEpoch();
    }

    private static LossAccuracy evaluate(Trainer trainer, Dataset set) {
        return LossAccuracy.ofRowMajor(trainer.predict(set.x(), set.size()), set.labels());
    }
}
