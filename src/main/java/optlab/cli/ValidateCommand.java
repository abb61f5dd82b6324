package optlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.run.RunSize;
import optlab.scratch.GradientCheck;
import optlab.spec.Activation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.Precision;
import optlab.spec.Preprocessing;
import optlab.spec.SpecException;
import optlab.validate.LockstepValidation;
import optlab.validate.OptimizerValidation;
import optlab.validate.Tolerance;
import optlab.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code optlab validate}: the scratch update rules against TensorFlow's, step by step. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the scratch update rules against TensorFlow's, step by step.", "",
                "Trains the scratch network and the TensorFlow graph in lockstep (same weights, same batches, same "
                        + "learning rates) and compares them after every update. Exits 0 only when every optimizer stays "
                        + "within the tolerance. Writes a page with the per-step differences and validate.csv."})
final class ValidateCommand implements Callable<Integer> {

    static final int OUT_OF_TOLERANCE = 1;

    @Option(names = "--optimizers", paramLabel = "LIST",
            description = "Optimizers to check, as in 'report' (default: every TensorFlow-named one).")
    String optimizers;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200", description = "Updates per optimizer (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--hidden", paramLabel = "WIDTHS", split = ",", defaultValue = "128", description = "Hidden widths (default: ${DEFAULT-VALUE}).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "relu", description = "Hidden activation (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--loss", paramLabel = "NAME", defaultValue = "cross_entropy",
            description = "Loss minimised on the softmax output: cross_entropy or mse (default: ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--l2", paramLabel = "LAMBDA", defaultValue = "0", description = "L2 weight decay of every kernel (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the weights and batch order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--precision", paramLabel = "NAME", defaultValue = "float32",
            description = "float32 (as training runs) or float64 (both sides in double, for a much tighter check) (default: ${DEFAULT-VALUE}).")
    String precisionName;

    @Option(names = "--loss-tolerance", paramLabel = "X",
            description = "Largest relative batch-loss difference allowed (default: 1e-4 in float32, 1e-10 in float64).")
    Double lossTolerance;

    @Option(names = "--param-tolerance", paramLabel = "X",
            description = "Largest weight difference allowed, in units of each optimizer's learning rate, reached after 20 updates "
                    + "(default: 0.1 in float32, 1e-4 at lr 0.001; 1e-7 in float64).")
    Double paramTolerance;

    @Option(names = "--gradcheck", description = "Also check the scratch gradients against central finite differences in float64, "
            + "for every layer, activation and loss, without and with L2 decay.")
    boolean gradcheck;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/validate/).")
    Path out;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        PrintStream console = System.out;
        if (steps <= 0) {
            throw new SpecException("steps must be positive, got " + steps);
        }
        List<OptimizerSpec> specs = optimizers == null
                ? OptimizerCatalog.tensorflowNames().stream().map(OptimizerCatalog::parse).toList()
                : OptimizerCatalog.parseList(optimizers);
        for (OptimizerSpec spec : specs) {
            if (!OptimizerCatalog.runsOnTensorFlow(spec.name())) {
                throw new SpecException("optimizer '" + spec.name() + "' has no TensorFlow twin to validate against");
            }
        }
        Precision precision = Precision.parse(precisionName);
        Tolerance defaults = Tolerance.of(precision);
        var tolerance = new Tolerance(lossTolerance == null ? defaults.relativeLoss() : lossTolerance,
                paramTolerance == null ? defaults.parameter() : paramTolerance);
        ModelSpec model = ModelSpec.mlp(784, hidden, 10, Activation.parse(activation), Loss.parse(loss), l2);
        RawMnist raw = data.load(console::println);
        RunSize.checkSplit(raw.train().size(), 0, batchSize);
        RunSize.checkMemory(model, batchSize, RunSize.freeHeap());
        Dataset train = Preprocessor.prepare(raw.train(), raw.test(), Preprocessing.SCALE, 0, seed).train();

        boolean gradientsOk = true;
        if (gradcheck) {
            var check = GradientCheck.everyCase();
            console.print(check.table());
            gradientsOk = check.passed();
        }
        var validation = new LockstepValidation(model, train, batchSize, seed, steps, tolerance, precision);
        var results = new ArrayList<OptimizerValidation>();
        for (OptimizerSpec spec : specs) {
            console.printf("validating %s (%d steps)...%n", spec.label(), steps);
            results.add(validation.run(spec));
        }
        var settings = new LinkedHashMap<String, String>();
        settings.put("model", model.label() + ", batch " + batchSize + ", seed " + seed + ", " + steps + " steps, " + precision.id());
        settings.put("tolerance", "relative loss " + tolerance.relativeLoss() + ", weights " + tolerance.parameter()
                + " × the optimizer's learning rate (ramped up over the first " + Tolerance.RAMP_STEPS + " updates)");
        Path folder = out != null ? out : Home.path().resolve("reports").resolve("validate");
        Path index = ValidationReport.write(folder, results, precision, settings);
        console.println();
        console.print(ValidationReport.table(results));
        console.println("report: " + index);
        boolean allPassed = gradientsOk && results.stream().allMatch(OptimizerValidation::passed);
        return allPassed ? 0 : OUT_OF_TOLERANCE;
    }
}
