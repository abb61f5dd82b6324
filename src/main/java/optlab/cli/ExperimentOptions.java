package optlab.cli;

import java.util.List;
import optlab.spec.Activation;
import optlab.spec.Device;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.Init;
import optlab.spec.L2Form;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.Preprocessing;
import optlab.spec.ScheduleSpec;
import optlab.spec.SpecException;
import optlab.spec.Variant;
import picocli.CommandLine.Option;

/** Command-line overrides of an experiment spec; an option left out keeps the experiment file's value (see experiments/README.md). */
final class ExperimentOptions {

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs per run (default: the experiment's; optimizers: 10).")
    Integer epochs;

    @Option(names = "--optimizers", paramLabel = "LIST",
            description = "Comma-separated optimizers, each optionally with hyperparameters, e.g. "
                    + "'sgd,momentum(lr=0.01, momentum=0.6),adam(lr=0.002)'. Every name, its "
                    + "defaults and its update are in the table below (default: the experiment's; optimizers: sgd,momentum,adam).")
    String optimizers;

    @Option(names = "--schedule", paramLabel = "SCHEDULE",
            description = "Learning-rate schedule for every optimizer that names none: constant (default), "
                    + "linear(end_lr=, steps=), step(factor=, every_epochs=), exponential(rate=, every_epochs=), cosine(end_lr=, steps=). "
                    + "One optimizer's own: 'sgd(lr=0.1) @ cosine'.")
    String schedule;

    @Option(names = "--implementations", paramLabel = "LIST", split = ",",
            description = "scratch, tensorflow or both (default: the experiment's; optimizers: both).")
    List<String> implementations;

    @Option(names = "--hidden", paramLabel = "WIDTHS", split = ",",
            description = "Hidden layer widths, e.g. 128 or 500,250,100 (default: the experiment's; optimizers: 128).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", description = "relu, leaky_relu, sigmoid, tanh or linear (default: the experiment's; optimizers: relu).")
    String activation;

    @Option(names = "--leaky-alpha", paramLabel = "A", description = "Negative slope of leaky_relu (default: 0.1).")
    Double leakyAlpha;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "Loss minimised on the softmax output: cross_entropy (default), mse (Keras' mean_squared_error) "
                    + "or mse_sum (the from-scratch notebook's, half summed over the classes). "
                    + "The reported loss is the cross-entropy either way.")
    String loss;

    @Option(names = "--l2", paramLabel = "LAMBDA",
            description = "L2 weight decay, Keras' kernel_regularizer=l2(LAMBDA) on every dense layer: LAMBDA * sum(W^2) added to the loss (default: the experiment's; optimizers: 0).")
    Double l2;

    @Option(names = "--l2-form", paramLabel = "FORM",
            description = "Which parameters the L2 decay reaches: kernels (default, Keras' kernel_regularizer) or gradient "
                    + "(the from-scratch notebook's g += 2 LAMBDA p on every parameter, biases included).")
    String l2Form;

    @Option(names = "--init", paramLabel = "NAME", description = "Initial weights: glorot (uniform, default) or he (uniform).")
    String init;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size (default: the experiment's; optimizers: 32).")
    Integer batchSize;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for initial weights, batch order and splits (with --repeats, the first seed; default: the experiment's; optimizers: 42).")
    Long seed;

    @Option(names = "--repeats", paramLabel = "K", description = "Run every configuration with K seeds: seed, seed+1, and so on (default: the experiment's; optimizers: 1).")
    Integer repeats;

    @Option(names = "--log-every", paramLabel = "N", description = "Record batch loss and full test loss every N steps (default: the experiment's; optimizers: 200).")
    Integer logEvery;

    @Option(names = "--preprocessing", paramLabel = "NAME", description = "scale (pixels/255, default) or standardize (per pixel, training statistics).")
    String preprocessing;

    @Option(names = "--validation", paramLabel = "FRACTION", description = "Share of the training set held out for validation (default: the experiment's; optimizers: 0).")
    Double validation;

    @Option(names = "--threads", paramLabel = "N", description = "TensorFlow intra-op and inter-op threads (default: 1, fastest on small models).")
    Integer threads;

    @Option(names = "--device", paramLabel = "NAME",
            description = "Where the TensorFlow graph runs: cpu (default) or gpu; the scratch network always runs on the CPU.")
    String device;

    private List<OptimizerSpec> withSchedule(List<OptimizerSpec> specs) {
        if (schedule == null) {
            return specs;
        }
        ScheduleSpec parsed = ScheduleSpec.parse(schedule);
        return specs.stream().map(o -> o.schedule().isConstant() ? OptimizerCatalog.withSchedule(o, parsed) : o).toList();
    }

    /** The experiment with every option given replaced; model options apply to every variant of a study. */
    ExperimentSpec applyTo(ExperimentSpec base) {
        return new ExperimentSpec(base.name(), base.description(), base.dataset(),
                variants(base),
                withSchedule(optimizers == null ? base.optimizers() : OptimizerCatalog.parseList(optimizers)),
                implementations == null ? base.implementations() : implementations.stream().map(Implementation::parse).distinct().toList(),
                seed == null ? base.seed() : seed,
                repeats == null ? base.repeats() : repeats,
                epochs == null ? base.epochs() : epochs,
                batchSize == null ? base.batchSize() : batchSize,
                logEvery == null ? base.logEvery() : logEvery,
                preprocessing == null ? base.preprocessing() : Preprocessing.parse(preprocessing),
                validation == null ? base.validationFraction() : validation,
                threads == null ? base.threads() : threads,
                base.earlyStopping(), base.targetAccuracy(), base.metric(), base.tune(),
                validation == null && base.validateOnTest(), base.reference(), device == null ? base.device() : Device.parse(device),
                base.iterations(), base.sampling(), base.trajectoryEvery(), optimizers == null ? base.batching() : null, base.landscape());
    }

    /**
     * The variants with the model options applied. An option that sets what the study varies would
     * leave several variants with one model under labels that no longer say what ran: refused.
     */
    private List<Variant> variants(ExperimentSpec base) {
        List<Variant> variants = base.variants().stream().map(v -> new Variant(v.label(), applyTo(v.model()))).toList();
        long before = base.variants().stream().map(Variant::model).distinct().count();
        long after = variants.stream().map(Variant::model).distinct().count();
        if (after < before) {
            throw new SpecException("a model option sets what experiment '" + base.name() + "' varies ("
                    + String.join(", ", base.variants().stream().map(Variant::label).toList())
                    + "); to run one of them, copy its YAML file and change its vary: section");
        }
        return variants;
    }

    private ModelSpec applyTo(ModelSpec m) {
        boolean stack = m.network() != null;
        if (stack && (hidden != null || activation != null)) {
            throw new SpecException("--hidden and --activation apply to fully connected models; this experiment's model is a list of layers"
                    + " (" + m.label() + "): change model.layers in its file");
        }
        return new ModelSpec(
                stack ? null : hidden == null ? m.layers() : ModelSpec.widths(m.inputs(), hidden, m.classes()),
                stack ? null : activation == null ? m.activation() : Activation.parse(activation),
                leakyAlpha == null ? m.leakyAlpha() : leakyAlpha,
                init == null ? m.init() : Init.parse(init),
                loss == null ? m.loss() : Loss.parse(loss),
                l2 == null ? m.l2() : l2,
                m.input(), m.network(),
                l2Form == null ? m.l2Form() : L2Form.parse(l2Form), m.bias());
    }
}
