package optlab.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a model's {@code input} and its list of layers from an experiment file: each item is a
 * kind with its options ({@code conv2d: {filters: 32, kernel: 3, activation: relu}}) or a bare
 * kind ({@code flatten}). Unknown kinds and options are named with the item's index; shapes are
 * checked afterwards by {@link ModelLayout}.
 */
final class LayerStack {

    private static final List<String> KINDS = List.of("conv2d", "maxpool2d", "dropout", "flatten", "dense");

    private LayerStack() {
    }

    /** Whether {@code model.layers} is a list of layers rather than a list of widths. */
    static boolean isStack(YamlSection model) {
        return model.has("layers") && model.list("layers").stream().anyMatch(item -> !item.isNumber());
    }

    static List<Integer> input(YamlSection model) {
        if (!model.has("input")) {
            throw model.error("input", "is missing: a list of layers needs the shape of one example, e.g. input: [28, 28, 1]");
        }
        var dims = new ArrayList<Integer>();
        for (JsonNode d : model.list("input")) {
            if (!d.isIntegralNumber() || d.asLong() <= 0 || d.asLong() > 100_000) {
                throw model.error("input", "must list positive whole numbers (height, width, channels), got '" + d.asText() + "'");
            }
            dims.add(d.asInt());
        }
        if (dims.size() != 1 && dims.size() != 3) {
            throw model.error("input", "must be [features] or [height, width, channels], got " + dims);
        }
        return dims;
    }

    static List<LayerSpec> layers(YamlSection model) {
        List<JsonNode> items = model.list("layers");
        var layers = new ArrayList<LayerSpec>();
        for (int i = 0; i < items.size(); i++) {
            layers.add(layer(model, "layers[" + i + "]", items.get(i)));
        }
        return layers;
    }

    private static LayerSpec layer(YamlSection model, String key, JsonNode item) {
        String kind;
        JsonNode options;
        if (item.isTextual()) {
            kind = item.asText();
            options = null;
        } else if (item.isObject() && item.size() == 1) {
            kind = item.fieldNames().next();
            options = item.get(kind);
        } else {
            throw model.error(key, "must be a layer such as 'flatten' or 'dense: {units: 128, activation: relu}', got " + item);
        }
        if (!KINDS.contains(kind)) {
            throw model.error(key, "is an unknown layer '" + kind + "' (expected " + String.join(", ", KINDS) + ")");
        }
        var o = new YamlSection(model.file(), model.qualified(key) + "." + kind,
                options == null || options.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : options);
        try {
            return switch (kind) {
                case "conv2d" -> {
                    o.allowOnly("filters", "kernel", "stride", "padding", "activation");
                    yield new LayerSpec.Conv2d(required(o, "filters"), required(o, "kernel"), o.positive("stride", 1),
                            o.parsed("padding", Padding::parse, Padding.VALID), o.parsed("activation", Activation::parse, Activation.LINEAR));
                }
                case "maxpool2d" -> {
                    o.allowOnly("pool", "stride", "padding");
                    int pool = required(o, "pool");
                    yield new LayerSpec.MaxPool2d(pool, o.positive("stride", pool), o.parsed("padding", Padding::parse, Padding.VALID));
                }
                case "dropout" -> {
                    o.allowOnly("rate");
                    if (!o.has("rate")) {
                        throw o.error("rate", "is missing, e.g. dropout: {rate: 0.25}");
                    }
                    yield new LayerSpec.Dropout(o.number("rate", 0, 0, Math.nextDown(1.0), "in [0, 1)"));
                }
                case "flatten" -> {
                    o.allowOnly();
                    yield new LayerSpec.Flatten();
                }
                default -> {
                    o.allowOnly("units", "activation", "bias");
                    yield new LayerSpec.Dense(required(o, "units"), o.parsed("activation", Activation::parse, Activation.LINEAR),
                            o.flag("bias", true));
                }
            };
        } catch (SpecException e) {
            throw e.getMessage().startsWith(model.file() + ":") ? e : model.error(key, ": " + e.getMessage());
        }
    }

    private static int required(YamlSection options, String key) {
        if (!options.has(key)) {
            throw options.error(key, "is missing");
        }
        return options.positive(key, 1);
    }
}
