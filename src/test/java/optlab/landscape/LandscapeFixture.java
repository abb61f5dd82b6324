package optlab.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import optlab.data.DataSplits;
import optlab.data.Dataset;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.run.TrainerFactory;
import optlab.spec.Batching;
import optlab.spec.Device;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.LandscapeSpec;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.spec.StudyMetric;
import optlab.spec.Variant;
import optlab.train.InitialWeights;
import optlab.train.Trainer;
import optlab.train.TrainingListener;
import optlab.train.TrainingLoop;

/** Small landscape experiments trained on synthetic data, and their slices. */
final class LandscapeFixture {

    private LandscapeFixture() {
    }

    /** {@code rows} rows of {@code features} Gaussian features in {@code classes} classes, class c shifted along feature c % features. */
    static Dataset data(int rows, int features, int classes, long seed) {
        var random = new SplittableRandom(seed);
        float[] x = new float[rows * features];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = r % classes;
            for (int f = 0; f < features; f++) {
                x[r * features + f] = (float) (random.nextGaussian() + (f == y[r] % features ? 1.5 * (1 + y[r] / features) : 0));
            }
        }
        return new Dataset("synthetic", rows, features, classes, x, y);
    }

    /** An experiment of whole-batch-or-given steps over {@code model}, recording every step. */
    static ExperimentSpec experiment(ModelSpec model, List<OptimizerSpec> optimizers, List<Batching> batching, int iterations,
            LandscapeSpec landscape) {
        return new ExperimentSpec("landscape-test", "", "synthetic", List.of(Variant.only(model)), optimizers, List.of(Implementation.SCRATCH),
                3, 1, 1, RunSpec.FULL_BATCH, 1, Preprocessing.SCALE, 0, 1, null, 0.97, StudyMetric.TEST_ACCURACY, null, false, null,
                Device.CPU, iterations, null, 1, batching, landscape);
    }

    static List<RunResult> train(ExperimentSpec experiment, Dataset train) {
        var results = new ArrayList<RunResult>();
        for (RunSpec run : experiment.runs()) {
            try (Trainer trainer = TrainerFactory.create(run, InitialWeights.draw(run.model(), run.seed()))) {
                results.add(new TrainingLoop(run, new DataSplits(train, null, train), TrainingListener.NONE).run(trainer));
            }
        }
        return results;
    }

    static LandscapeRunner.Landscapes slices(ExperimentSpec experiment, List<RunResult> runs, Dataset train, Path store) {
        return new LandscapeRunner(new ResultsStore(store), run -> train, LandscapeRunner.Events.NONE).run(experiment, runs);
    }

    /** The mean cross-entropy of a softmax regression without bias, W inputs x classes row-major, worked out here in double. */
    static double softmaxRegressionLoss(Dataset data, float[] w) {
        int k = data.classes();
        double sum = 0;
        for (int r = 0; r < data.size(); r++) {
            double[] z = new double[k];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                for (int f = 0; f < data.features(); f++) {
                    z[c] += (double) data.x()[r * data.features() + f] * w[f * k + c];
                }
                max = Math.max(max, z[c]);
            }
            double norm = 0;
            for (int c = 0; c < k; c++) {
                norm += Math.exp(z[c] - max);
            }
            sum += -(z[data.labels()[r]] - max - Math.log(norm));
        }
        return sum / data.size();
    }
}
