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
import optlab.spec.Device;
import optlab.spec.ExperimentFile;
import optlab.spec.ExperimentSpec;
import optlab.spec.L2Form;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.Precision;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.spec.SpecException;
import optlab.tf.TensorFlowDevices;
import optlab.validate.LockstepValidation;
import optlab.validate.OptimizerValidation;
import optlab.validate.Tolerance;
import optlab.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code optlab validate}: the scratch update rules against TensorFlow's, step by step. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the scratch update rules against TensorFlow's, step by step.", "",
                "Trains the scratch network and the TensorFlow graph in lockstep (same weights, same batches, same "
                        + "learning rates, same dropout masks) and compares them after every update. Exits 0 only when every "
                        + "optimizer stays within the tolerance. Writes a page with the per-step differences and validate.csv.", "",
                "Without EXPERIMENT it checks a 784-128-10 network (change it with --hidden, --activation, --loss, --l2, --l2-form). "
                        + "With EXPERIMENT (a preset's name, e.g. cnn, or a YAML file) it checks that experiment's model "
                        + "(its first, if it varies the model), batch size, seed, preprocessing and optimizers."})
final class ValidateCommand implements Callable<Integer> {

    static final int OUT_OF_TOLERANCE = 1;

    /** The value of --optimizers that asks for every optimizer with a TensorFlow twin. */
    static final String ALL = "all";

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT",
            description = "A preset's name or a YAML file whose model and settings to check (default: a 784-128-10 MLP).")
    String experiment;

    @Option(names = "--optimizers", paramLabel = "LIST",
            description = "Optimizers to check, as in 'report', or 'all' for every one with a TensorFlow twin "
                    + "(default: the experiment's, or all without one).")
    String optimizers;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200", description = "Updates per optimizer (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--hidden", paramLabel = "WIDTHS", split = ",", description = "Hidden widths, without EXPERIMENT (default: 128).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", description = "Hidden activation, without EXPERIMENT (default: relu).")
    String activation;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "Loss minimised on the softmax output: cross_entropy, mse or mse_sum (default: the experiment's, or cross_entropy).")
    String loss;

    @Option(names = "--l2", paramLabel = "LAMBDA", description = "L2 weight decay of every kernel (default: the experiment's, or 0).")
    Double l2;

    @Option(names = "--l2-form", paramLabel = "FORM",
            description = "Which parameters the decay reaches: kernels (Keras') or gradient (every parameter, biases included; "
                    + "default: the experiment's, or kernels).")
    String l2Form;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size (default: the experiment's, or 32).")
    Integer batchSize;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the weights, batch order and dropout masks (default: the experiment's, or 42).")
    Long seed;

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

    @Option(names = "--device", paramLabel = "NAME", defaultValue = "cpu",
            description = "Where the TensorFlow side runs: cpu or gpu (default: ${DEFAULT-VALUE}).")
    String deviceName;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        PrintStream console = System.out;
        if (steps <= 0) {
            throw new SpecException("steps must be positive, got " + steps);
        }
        ExperimentSpec base = experiment == null ? null : ExperimentFile.resolve(experiment, Home.path().resolve("experiments"));
        if (base != null && (hidden != null || activation != null)) {
            throw new SpecException("--hidden and --activation describe the default network; with an experiment its model is checked");
        }
        List<OptimizerSpec> specs = optimizers == null && base != null ? base.optimizers().stream()
                .filter(o -> OptimizerCatalog.runsOnTensorFlow(o.name())).distinct().toList()
                : optimizers == null || optimizers.trim().equals(ALL) ? OptimizerCatalog.tensorflowNames().stream().map(OptimizerCatalog::parse).toList()
                : OptimizerCatalog.parseList(optimizers);
        if (specs.isEmpty()) {
            throw new SpecException("experiment " + experiment + " has no optimizer with a TensorFlow twin; name some with --optimizers");
        }
        for (OptimizerSpec spec : specs) {
            if (!OptimizerCatalog.runsOnTensorFlow(spec.name())) {
                throw new SpecException("optimizer '" + spec.name() + "' has no TensorFlow twin to validate against");
            }
        }
        Device device = Device.parse(deviceName);
        TensorFlowDevices.require(device);
        Precision precision = Precision.parse(precisionName);
        Tolerance defaults = Tolerance.of(precision);
        var tolerance = new Tolerance(lossTolerance == null ? defaults.relativeLoss() : lossTolerance,
                paramTolerance == null ? defaults.parameter() : paramTolerance);
        ModelSpec model = model(base);
        long seed = this.seed != null ? this.seed : base != null ? base.seed() : 42;
        if (this.batchSize != null && this.batchSize <= 0) {
            throw new SpecException("batch size must be positive, got " + this.batchSize);
        }
        RawMnist raw = data.load(console::println);
        // An experiment's full batch is its whole training set; one check per rule covers the feeds it is given.
        int batchSize = this.batchSize != null ? this.batchSize : base == null ? 32
                : base.batchSize() == RunSpec.FULL_BATCH ? raw.train().size() : base.batchSize();
        RunSize.checkSplit(raw.train().size(), 0, batchSize);
        RunSize.checkMemory(model, batchSize, RunSize.freeHeap());
        Preprocessing preprocessing = base == null ? Preprocessing.SCALE : base.preprocessing();
        Dataset train = Preprocessor.prepare(raw.train(), raw.test(), preprocessing, 0, seed).train();

        boolean gradientsOk = true;
        if (gradcheck) {
            var check = GradientCheck.everyCase();
            console.print(check.table());
            gradientsOk = check.passed();
        }
        var validation = new LockstepValidation(model, train, batchSize, seed, steps, tolerance, precision, device);
        var results = new ArrayList<OptimizerValidation>();
        for (OptimizerSpec spec : specs) {
            console.printf("validating %s (%d steps)...%n", spec.label(), steps);
            results.add(validation.run(spec));
        }
        var settings = new LinkedHashMap<String, String>();
        settings.put("model", model.label() + ", batch " + batchSize + ", seed " + seed + ", " + steps + " steps, " + precision.id()
                + (device == Device.GPU ? ", TensorFlow on the GPU" : ""));
        settings.put("tolerance", "relative loss " + tolerance.relativeLoss() + ", weights " + tolerance.parameter()
                + " × the optimizer's learning rate (ramped up over the first " + Tolerance.RAMP_STEPS + " updates)");
        Path folder = out != null ? out : Home.path().resolve("reports").resolve("validate");
        Path index = ValidationReport.write(folder, results, precision, settings);
        console.println();
        console.print(ValidationReport.table(results, TerminalWidth.of(System.console() != null)));
        console.println("report: " + index);
        boolean allPassed = gradientsOk && results.stream().allMatch(OptimizerValidation::passed);
        return allPassed ? 0 : OUT_OF_TOLERANCE;
    }

    /** The experiment's first model with --loss, --l2 and --l2-form applied, or the default MLP from the model options. */
    private ModelSpec model(ExperimentSpec base) {
        if (base == null) {
            return ModelSpec.mlp(784, hidden == null ? List.of(128) : hidden, 10, Activation.parse(activation == null ? "relu" : activation),
                    loss == null ? Loss.CROSS_ENTROPY : Loss.parse(loss), l2 == null ? 0 : l2)
                    .withL2Form(l2Form == null ? L2Form.KERNELS : L2Form.parse(l2Form));
        }
        ModelSpec m = base.model();
        return new ModelSpec(m.layers(), m.activation(), m.leakyAlpha(), m.init(), loss == null ? m.loss() : Loss.parse(loss),
                l2 == null ? m.l2() : l2, m.input(), m.network(), l2Form == null ? m.l2Form() : L2Form.parse(l2Form), m.bias());
    }
}
