package optlab.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads an experiment from YAML: a file by path, or a preset by name from {@code experiments/}.
 * Every key is checked on load; an unknown key, an unknown name or an impossible value fails with
 * one line naming the file and the key. See {@code experiments/README.md} for the format.
 */
public final class ExperimentFile {

    /** The preset that runs when none is named: the mission's optimizer comparison. */
    public static final String DEFAULT = "optimizers";

    private static final String[] MODEL_KEYS = {"layers", "activation", "leaky_alpha", "init", "loss", "l2"};

    private ExperimentFile() {
    }

    /** {@code nameOrPath} is a path to a {@code .yaml} file, or a preset's name looked up in {@code experiments}. */
    public static ExperimentSpec resolve(String nameOrPath, Path experiments) {
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/")) {
            Path file = Path.of(nameOrPath);
            if (!Files.isRegularFile(file)) {
                throw new SpecException("experiment file " + nameOrPath + " does not exist");
            }
            return load(file, nameOrPath);
        }
        Path file = experiments.resolve(nameOrPath + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new SpecException("unknown experiment '" + nameOrPath + "' (available: " + String.join(", ", names(experiments)) + ")");
        }
        return load(file, "experiments/" + nameOrPath + ".yaml");
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

    /** Loads {@code file}; {@code shown} is how errors name it. */
    public static ExperimentSpec load(Path file, String shown) {
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
        return parse(text, shown, fileName.replaceFirst("\\.ya?ml$", ""));
    }

    static ExperimentSpec parse(String yaml, String shown, String defaultName) {
        JsonNode tree = StrictYaml.read(yaml, shown);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new SpecException(shown + ": the file is empty");
        }
        var root = new YamlSection(shown, "", tree);
        root.allowOnly("name", "description", "dataset", "preprocessing", "validation", "model", "vary", "training",
                "repeats", "optimizers", "implementations", "tune", "study");
        String name = root.text("name", defaultName);
        String dataset = root.text("dataset", "mnist");
        if (!dataset.equals("mnist")) {
            throw root.error("dataset", "must be mnist (the only dataset optlab knows), got '" + dataset + "'");
        }
        double validation = root.number("validation", 0, 0, Math.nextDown(1.0), "in [0, 1)");
        YamlSection model = root.sectionOrEmpty("model");
        model.allowOnly(MODEL_KEYS);
        YamlSection training = root.sectionOrEmpty("training");
        training.allowOnly("epochs", "batch_size", "log_every", "seed", "threads", "early_stopping");
        int epochs = training.positive("epochs", 10);
        List<Implementation> implementations = implementations(root);
        YamlSection study = root.sectionOrEmpty("study");
        study.allowOnly("metric", "target_accuracy");
        try {
            return new ExperimentSpec(name, root.text("description", ""), dataset,
                    variants(root, model),
                    optimizers(root),
                    implementations,
                    training.whole("seed", 42),
                    root.positive("repeats", 1),
                    epochs,
                    training.positive("batch_size", 32),
                    training.positive("log_every", 200),
                    root.parsed("preprocessing", Preprocessing::parse, Preprocessing.SCALE),
                    validation,
                    training.positive("threads", 1),
                    training.has("early_stopping") ? earlyStopping(training.section("early_stopping")) : null,
                    study.number("target_accuracy", ExperimentSpec.DEFAULT_TARGET, Double.MIN_VALUE, 1, "in (0, 1]"),
                    study.parsed("metric", StudyMetric::parse, StudyMetric.TEST_ACCURACY),
                    root.has("tune") ? tune(root.section("tune"), epochs, implementations.get(0)) : null);
        } catch (SpecException e) {
            throw e.getMessage().startsWith(shown + ":") ? e : new SpecException(shown + ": " + e.getMessage());
        }
    }

    private static List<OptimizerSpec> optimizers(YamlSection root) {
        List<OptimizerSpec> specs = root.parsedList("optimizers", OptimizerCatalog::parse);
        if (specs.isEmpty()) {
            throw root.error("optimizers", "must list at least one optimizer, e.g. [sgd, 'momentum(lr=0.01, momentum=0.9)']");
        }
        return specs;
    }

    private static List<Implementation> implementations(YamlSection root) {
        List<Implementation> parsed = root.parsedList("implementations", Implementation::parse);
        return parsed.isEmpty() ? List.of(Implementation.SCRATCH, Implementation.TENSORFLOW) : parsed.stream().distinct().toList();
    }

    /**
     * One variant per combination of the {@code vary} values (the first key varies slowest), each
     * the base model with those settings replaced; a single unlabelled variant without {@code vary}.
     */
    private static List<Variant> variants(YamlSection root, YamlSection base) {
        if (!root.has("vary")) {
            return List.of(Variant.only(model(base)));
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
            variants.add(new Variant(label.toString(), model(new Layered(base, overrides))));
        }
        return variants;
    }

    /** A model setting from the variant's overrides when it sets it, else from the base model. */
    private record Layered(YamlSection base, YamlSection overrides) {
        YamlSection of(String key) {
            return overrides.has(key) ? overrides : base;
        }
    }

    private static ModelSpec model(YamlSection section) {
        return model(new Layered(section, section));
    }

    private static ModelSpec model(Layered m) {
        List<Integer> layers = layers(m.of("layers"));
        return new ModelSpec(layers,
                m.of("activation").parsed("activation", Activation::parse, Activation.RELU),
                m.of("leaky_alpha").number("leaky_alpha", 0.1, 0, Math.nextDown(1.0), "in [0, 1)"),
                m.of("init").parsed("init", Init::parse, Init.GLOROT),
                m.of("loss").parsed("loss", Loss::parse, Loss.CROSS_ENTROPY),
                m.of("l2").number("l2", 0, 0, Double.MAX_VALUE, "a finite number >= 0"));
    }

    private static List<Integer> layers(YamlSection section) {
        if (!section.has("layers")) {
            return List.of(784, 128, 10);
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
        if (widths.size() < 2 || widths.get(0) != 784 || widths.get(widths.size() - 1) != 10) {
            throw section.error("layers", "must run from 784 inputs to 10 classes for MNIST, e.g. [784, 128, 10], got " + widths);
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
            try {
                rates = TuneSpec.logGrid(grid.number("from", 1e-4), grid.number("to", 1), grid.positive("per_decade", 2));
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
