package optlab.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads an experiment from YAML: a file by path, or a preset by name from {@code experiments/}.
 * Every key is checked on load; an unknown key, an unknown name or an impossible value fails with
 * one line naming the file and the key. See {@code experiments/README.md} for the format.
 */
public final class ExperimentFile {

    /** The preset that runs when none is named: the mission's optimizer comparison. */
    public static final String DEFAULT = "optimizers";

    private static final String[] MODEL_KEYS = {"input", "layers", "activation", "leaky_alpha", "init", "loss", "l2", "l2_form", "bias"};
    /** MNIST: what every model takes and gives. */
    private static final int FEATURES = 784;
    private static final int CLASSES = 10;

    private ExperimentFile() {
    }

    /** {@code nameOrPath} is a path to a {@code .yaml} file, or a preset's name looked up in {@code experiments}. */
    public static ExperimentSpec resolve(String nameOrPath, Path experiments) {
        if (isFile(nameOrPath)) {
            Path file = Path.of(nameOrPath);
            if (!Files.isRegularFile(file)) {
                throw new SpecException("experiment file " + nameOrPath + " does not exist");
            }
            return load(file, nameOrPath, Path.of(""));
        }
        Path file = experiments.resolve(nameOrPath + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw Choices.unknown("experiment", nameOrPath, names(experiments));
        }
        return load(file, "experiments/" + nameOrPath + ".yaml", experiments.toAbsolutePath().getParent());
    }

    /** Whether an experiment argument names a YAML file rather than a preset. */
    public static boolean isFile(String nameOrPath) {
        return nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/");
    }

    /** The presets in {@code experiments}, by name. */
    public static List<String> names(Path experiments) {
        try (Stream<Path> files = Files.list(experiments)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new SpecException("experiments folder " + experiments + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Loads {@code file}; {@code shown} is how errors name it; a relative reference file is read from {@code base}. */
    public static ExperimentSpec load(Path file, String shown, Path base) {
        String text;
        try {
            long size = Files.size(file);
            if (size > StrictYaml.MAX_CHARS) {
                throw new SpecException("experiment file " + shown + " is " + size + " bytes, more than an experiment file may hold ("
                        + StrictYaml.MAX_CHARS + ")");
            }
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SpecException("experiment file " + shown + " cannot be read (" + e.getMessage() + ")");
        }
        String fileName = file.getFileName().toString();
        return parse(text, shown, fileName.replaceFirst("\\.ya?ml$", ""), base);
    }

    /** The experiment a YAML text describes; {@code shown} names it in errors, {@code defaultName} when it has no name. */
    public static ExperimentSpec parse(String yaml, String shown, String defaultName) {
        return parse(yaml, shown, defaultName, Path.of(""));
    }

    /** @param base the folder a relative reference file is read from */
    static ExperimentSpec parse(String yaml, String shown, String defaultName, Path base) {
        JsonNode tree = StrictYaml.read(yaml, shown);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new SpecException(shown + ": the file is empty");
        }
        var root = new YamlSection(shown, "", tree);
        root.allowOnly("name", "description", "dataset", "preprocessing", "validation", "model", "vary", "training",
                "repeats", "optimizers", "implementations", "tune", "study", "reference", "landscape");
        String name = root.text("name", defaultName);
        String dataset = root.text("dataset", "mnist");
        if (!dataset.equals("mnist")) {
            throw root.error("dataset", "must be mnist (the only dataset optlab knows), got '" + dataset + "'");
        }
        boolean validateOnTest = root.has("validation") && root.raw("validation").isTextual();
        if (validateOnTest && !root.text("validation", "").equals("test")) {
            throw root.error("validation", "must be a fraction in [0, 1) or 'test', got '" + root.text("validation", "") + "'");
        }
        double validation = validateOnTest ? 0 : root.number("validation", 0, 0, Math.nextDown(1.0), "in [0, 1)");
        Preprocessing preprocessing = root.parsed("preprocessing", Preprocessing::parse, Preprocessing.SCALE);
        YamlSection model = root.sectionOrEmpty("model");
        model.allowOnly(MODEL_KEYS);
        YamlSection training = root.sectionOrEmpty("training");
        training.allowOnly("epochs", "iterations", "batch_size", "sampling", "log_every", "seed", "threads", "early_stopping", "device",
                "trajectory");
        if (training.has("epochs") && training.has("iterations")) {
            throw training.error("iterations", "and epochs both say how long to train: give one");
        }
        int epochs = training.positive("epochs", 10);
        int iterations = training.has("iterations") ? training.positive("iterations", 1) : 0;
        int logEvery = training.positive("log_every", 200);
        List<Implementation> implementations = implementations(root);
        YamlSection study = root.sectionOrEmpty("study");
        study.allowOnly("metric", "target_accuracy");
        List<OptimizerSpec> optimizers = new ArrayList<>();
        List<Batching> batching = new ArrayList<>();
        optimizers(root, optimizers, batching);
        LandscapeSpec landscape = root.has("landscape") ? landscape(root, optimizers) : null;
        try {
            return new ExperimentSpec(name, root.text("description", ""), dataset,
                    variants(root, model, preprocessing.features(FEATURES)),
                    optimizers,
                    implementations,
                    training.whole("seed", 42),
                    root.positive("repeats", 1),
                    epochs,
                    batchSize(training, "batch_size", 32),
                    logEvery,
                    preprocessing,
                    validation,
                    training.positive("threads", 1),
                    training.has("early_stopping") ? earlyStopping(training.section("early_stopping")) : null,
                    study.number("target_accuracy", ExperimentSpec.DEFAULT_TARGET, Double.MIN_VALUE, 1, "in (0, 1]"),
                    study.parsed("metric", StudyMetric::parse, StudyMetric.TEST_ACCURACY),
                    root.has("tune") ? tune(root.section("tune"), epochs, implementations.get(0)) : null,
                    validateOnTest,
                    root.has("reference") ? reference(root.section("reference"), optimizers, base) : null,
                    training.parsed("device", Device::parse, Device.CPU),
                    iterations,
                    training.parsed("sampling", Sampling::parse, Sampling.SHUFFLE),
                    trajectoryEvery(training, landscape == null ? 0 : logEvery),
                    batching.stream().allMatch(b -> b == null) ? null : batching,
                    landscape);
        } catch (SpecException e) {
            throw e.getMessage().startsWith(shown + ":") ? e : new SpecException(shown + ": " + e.getMessage());
        }
    }

    /**
     * {@code reference: {file: reference/x.csv, optimizers: {adam: keras-adam, ...}}}: the file's curves, each under the
     * experiment's optimizer its name maps to; the file's other curves are left out.
     */
    private static Reference reference(YamlSection section, List<OptimizerSpec> optimizers, Path base) {
        section.allowOnly("file", "optimizers");
        if (!section.has("file")) {
            throw section.error("file", "is missing: name the CSV of published figures, e.g. reference/keras-notebook-000.csv");
        }
        String file = section.text("file", null);
        Path path = base.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw section.error("file", "'" + file + "' does not exist (read from " + base.toAbsolutePath().normalize() + ")");
        }
        Map<String, ReferenceFile.Published> published = ReferenceFile.read(path, file);
        if (!section.has("optimizers")) {
            throw section.error("optimizers", "is missing: map " + file + "'s optimizers (" + String.join(", ", published.keySet())
                    + ") to the experiment's, e.g. adam: keras-adam");
        }
        YamlSection mapping = section.section("optimizers");
        var curves = new ArrayList<Reference.Curve>();
        for (String name : mapping.keys()) {
            ReferenceFile.Published p = published.get(name);
            if (p == null) {
                throw mapping.error(name, "names no optimizer of " + file + " (it has " + String.join(", ", published.keySet()) + ")");
            }
            OptimizerSpec optimizer = mapping.parsed(name, OptimizerCatalog::parse, null);
            if (!optimizers.contains(optimizer)) {
                throw mapping.error(name, "'" + mapping.text(name, "") + "' is not one of the experiment's optimizers");
            }
            curves.add(new Reference.Curve(name, p.settings(), optimizer, p.epochs()));
        }
        if (curves.isEmpty()) {
            throw section.error("optimizers", "maps none of " + file + "'s optimizers (" + String.join(", ", published.keySet())
                    + ") to the experiment's, e.g. adam: keras-adam");
        }
        return new Reference(file, curves);
    }

    /**
     * Each item of {@code optimizers}: a rule as text, or a mapping that also feeds it its own way,
     * {@code {optimizer: 'sgd(lr=0.1)', batch_size: 1, sampling: with_replacement}} (null batching: the experiment's).
     */
    private static void optimizers(YamlSection root, List<OptimizerSpec> specs, List<Batching> batching) {
        List<JsonNode> items = root.has("optimizers") && root.raw("optimizers").isArray() ? root.list("optimizers") : List.of();
        if (items.isEmpty()) {
            specs.addAll(root.parsedList("optimizers", OptimizerCatalog::parse));
            specs.forEach(s -> batching.add(null));
        }
        for (int i = 0; i < items.size(); i++) {
            String key = "optimizers[" + i + "]";
            ObjectNode holder = JsonNodeFactory.instance.objectNode().set(key, items.get(i));
            YamlSection item = new YamlSection(root.file(), "", holder);
            if (!items.get(i).isObject()) {
                specs.add(item.parsed(key, OptimizerCatalog::parse, null));
                batching.add(null);
                continue;
            }
            YamlSection entry = item.section(key);
            entry.allowOnly("optimizer", "batch_size", "sampling");
            if (!entry.has("optimizer")) {
                throw entry.error("optimizer", "is missing, e.g. {optimizer: 'sgd(lr=0.1)', batch_size: 1}");
            }
            specs.add(entry.parsed("optimizer", OptimizerCatalog::parse, null));
            batching.add(new Batching(entry.has("batch_size") ? batchSize(entry, "batch_size", 0) : null,
                    entry.parsed("sampling", Sampling::parse, null)));
        }
        if (specs.isEmpty()) {
            throw root.error("optimizers", "must list at least one optimizer, e.g. [sgd, 'momentum(lr=0.01, momentum=0.9)']");
        }
    }

    /** A positive batch size, or {@code full} for the whole training split. */
    private static int batchSize(YamlSection section, String key, int fallback) {
        if (section.has(key) && section.raw(key).isTextual()) {
            if (!section.text(key, "").trim().equals("full")) {
                throw section.error(key, "must be a positive whole number or 'full', got '" + section.text(key, "") + "'");
            }
            return RunSpec.FULL_BATCH;
        }
        return section.positive(key, fallback);
    }

    /** {@code trajectory: true} records every step, a number every that many steps; {@code fallback} without the key. */
    private static int trajectoryEvery(YamlSection training, int fallback) {
        if (!training.has("trajectory")) {
            return fallback;
        }
        if (training.raw("trajectory").isBoolean()) {
            return training.flag("trajectory", false) ? 1 : 0;
        }
        return training.positive("trajectory", 1);
    }

    /** {@code landscape: pca}, or a mapping {view, axes, grid, base, margin}; the base names one of the optimizers. */
    private static LandscapeSpec landscape(YamlSection root, List<OptimizerSpec> optimizers) {
        if (root.raw("landscape").isValueNode()) {
            return LandscapeSpec.of(root.parsed("landscape", LandscapeSpec.View::parse, null));
        }
        YamlSection section = root.section("landscape");
        section.allowOnly("view", "axes", "grid", "base", "margin", "evaluator");
        LandscapeSpec.View view = section.parsed("view", LandscapeSpec.View::parse, LandscapeSpec.View.COORDINATES);
        LandscapeSpec defaults = LandscapeSpec.of(view);
        String base = section.text("base", LandscapeSpec.OWN).trim();
        if (!base.equals(LandscapeSpec.OWN) && !base.equals(LandscapeSpec.START)) {
            OptimizerSpec named = section.parsed("base", OptimizerCatalog::parse, null);
            if (!optimizers.contains(named)) {
                throw section.error("base", "must be own, start or one of the experiment's optimizers, got '" + base + "'");
            }
            base = named.label();
        }
        try {
            return new LandscapeSpec(view, section.has("axes") ? section.list("axes").stream().map(JsonNode::asText).toList() : defaults.axes(),
                    section.positive("grid", defaults.grid()), base, section.number("margin", defaults.margin()),
                    section.parsed("evaluator", Implementation::parse, defaults.evaluator()));
        } catch (SpecException e) {
            throw new SpecException(root.file() + ": " + e.getMessage());
        }
    }

    private static List<Implementation> implementations(YamlSection root) {
        List<Implementation> parsed = root.parsedList("implementations", Implementation::parse);
        return parsed.isEmpty() ? List.of(Implementation.SCRATCH, Implementation.TENSORFLOW) : parsed.stream().distinct().toList();
    }

    /**
     * One variant per combination of the {@code vary} values (the first key varies slowest), each
     * the base model with those settings replaced; a single unlabelled variant without {@code vary}.
     */
    private static List<Variant> variants(YamlSection root, YamlSection base, int features) {
        if (!root.has("vary")) {
            return List.of(Variant.only(model(base, features)));
        }
        YamlSection vary = root.section("vary");
        vary.allowOnly(MODEL_KEYS);
        List<ObjectNode> combinations = List.of(JsonNodeFactory.instance.objectNode());
        for (String key : vary.keys()) {
            List<JsonNode> values = vary.list(key);
            if (values.isEmpty()) {
                throw vary.error(key, "lists no values");
            }
            var next = new ArrayList<ObjectNode>();
            for (ObjectNode combination : combinations) {
                for (JsonNode value : values) {
                    next.add(combination.deepCopy().set(key, value));
                }
            }
            combinations = next;
        }
        var variants = new ArrayList<Variant>();
        for (ObjectNode combination : combinations) {
            var overrides = new YamlSection(vary.file(), "vary", combination);
            var label = new StringBuilder();
            combination.fields().forEachRemaining(e -> label.append(label.length() == 0 ? "" : ", ")
                    .append(e.getKey()).append('=').append(e.getValue().isArray() ? e.getValue().toString() : e.getValue().asText()));
            variants.add(new Variant(label.toString(), model(new Layered(base, overrides), features)));
        }
        return variants;
    }

    /** A model setting from the variant's overrides when it sets it, else from the base model. */
    private record Layered(YamlSection base, YamlSection overrides) {
        YamlSection of(String key) {
            return overrides.has(key) ? overrides : base;
        }
    }

    private static ModelSpec model(YamlSection section, int features) {
        return model(new Layered(section, section), features);
    }

    /** @param features the inputs per example after preprocessing: 784 pixels, or 2 pixel statistics */
    private static ModelSpec model(Layered m, int features) {
        double leakyAlpha = m.of("leaky_alpha").number("leaky_alpha", 0.1, 0, Math.nextDown(1.0), "in [0, 1)");
        Init init = m.of("init").parsed("init", Init::parse, Init.GLOROT);
        Loss loss = m.of("loss").parsed("loss", Loss::parse, Loss.CROSS_ENTROPY);
        double l2 = m.of("l2").number("l2", 0, 0, Double.MAX_VALUE, "a finite number >= 0");
        L2Form l2Form = m.of("l2_form").parsed("l2_form", L2Form::parse, L2Form.KERNELS);
        YamlSection layers = m.of("layers");
        if (!LayerStack.isStack(layers)) {
            if (m.of("input").has("input")) {
                throw m.of("input").error("input", "is for a list of layers; a list of widths starts with its input width");
            }
            return new ModelSpec(layers(layers, features), m.of("activation").parsed("activation", Activation::parse, Activation.RELU),
                    leakyAlpha, init, loss, l2).withL2Form(l2Form).withBias(m.of("bias").flag("bias", true));
        }
        if (m.of("bias").has("bias")) {
            throw m.of("bias").error("bias", "applies to a list of widths; with a list of layers give each dense layer its own, "
                    + "e.g. dense: {units: 10, bias: false}");
        }
        if (features != FEATURES) {
            throw m.of("input").error("input", "takes the 784 pixels; preprocessing pixel_stats gives 2 features, for a list of widths "
                    + "such as [2, 10]");
        }
        if (m.of("activation").has("activation")) {
            throw m.of("activation").error("activation", "applies to a list of widths; with a list of layers give each conv2d or dense "
                    + "layer its own, e.g. dense: {units: 128, activation: relu}");
        }
        YamlSection inputSection = m.of("input");
        List<Integer> input = LayerStack.input(inputSection);
        if (input.stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b) != FEATURES) {
            throw inputSection.error("input", "must hold " + FEATURES + " values for MNIST, e.g. [28, 28, 1], got " + input);
        }
        List<LayerSpec> stack = LayerStack.layers(layers);
        ModelSpec model = ModelSpec.stack(input, stack, leakyAlpha, init, loss, l2).withL2Form(l2Form);
        int classes = model.classes();
        if (classes != CLASSES) {
            throw layers.error("layers[" + (stack.size() - 1) + "]", "(" + stack.get(stack.size() - 1).label()
                    + ") must be " + CLASSES + " wide, one unit per MNIST class, got " + classes);
        }
        return model;
    }

    private static List<Integer> layers(YamlSection section, int features) {
        if (!section.has("layers")) {
            return features == FEATURES ? List.of(784, 128, 10) : List.of(features, CLASSES);
        }
        List<JsonNode> items = section.list("layers");
        var widths = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode width = items.get(i);
            if (!width.isIntegralNumber() || width.asLong() <= 0 || width.asLong() > Integer.MAX_VALUE) {
                throw section.error("layers[" + i + "]", "must be a positive whole number, got '" + width.asText() + "'");
            }
            widths.add(width.asInt());
        }
        if (widths.size() < 2 || widths.get(0) != features || widths.get(widths.size() - 1) != CLASSES) {
            throw section.error("layers", "must run from " + features + " inputs to 10 classes for MNIST"
                    + (features == FEATURES ? "" : " with preprocessing pixel_stats") + ", e.g. ["
                    + (features == FEATURES ? "784, 128, 10" : features + ", 10") + "], got " + widths);
        }
        return widths;
    }

    private static EarlyStopping earlyStopping(YamlSection section) {
        section.allowOnly("monitor", "patience", "min_delta", "restore_best_weights");
        return new EarlyStopping(section.text("monitor", EarlyStopping.VAL_LOSS), section.positive("patience", 3),
                section.number("min_delta", 0), section.flag("restore_best_weights", true));
    }

    private static TuneSpec tune(YamlSection tune, int trainingEpochs, Implementation firstImplementation) {
        tune.allowOnly("lr", "epochs", "on");
        if (!tune.has("lr")) {
            throw tune.error("lr", "is missing: give a list of rates or {from: 0.0001, to: 1, per_decade: 2}");
        }
        List<Double> rates;
        if (tune.raw("lr").isObject()) {
            YamlSection grid = tune.section("lr");
            grid.allowOnly("from", "to", "per_decade");
            double from = grid.number("from", 1e-4);
            double to = grid.number("to", 1);
            int perDecade = grid.positive("per_decade", 2);
            try {
                rates = TuneSpec.logGrid(from, to, perDecade);
            } catch (SpecException e) {
                throw tune.error("lr", e.getMessage().replace("tune.lr ", ""));
            }
        } else {
            rates = new ArrayList<>();
            for (JsonNode item : tune.list("lr")) {
                if (!item.isNumber()) {
                    throw tune.error("lr", "must hold numbers, got '" + item.asText() + "'");
                }
                rates.add(item.asDouble());
            }
        }
        Implementation on = tune.parsed("on", Implementation::parse, firstImplementation);
        return new TuneSpec(rates, tune.positive("epochs", trainingEpochs), on);
    }
}
