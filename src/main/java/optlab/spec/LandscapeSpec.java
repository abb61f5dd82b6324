package optlab.spec;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The loss-landscape views an experiment's report draws: the training loss over a grid of two
 * directions in weight space, every other weight held at a base point, with each run's trajectory.
 *
 * @param view which two directions: two single weights ({@code axes}), the trajectory's two
 *     principal directions, or two filter-normalized random directions (Li et al., 2018)
 * @param axes for {@link View#COORDINATES}: two weights as {@code dense0/kernel[row,column]}
 * @param grid points per direction
 * @param base {@link #OWN} (each run's own final weights, one slice per run), {@link #START} (the
 *     shared initial weights), or an optimizer's label from the experiment (that run's final weights)
 * @param margin share of each path's range added on both sides of the grid
 * @param evaluator whose forward pass evaluates the grid: both compute the same losses to float32 rounding, and
 *     TensorFlow's is the faster on the grid's tens of thousands of passes (see the README)
 */
public record LandscapeSpec(View view, List<String> axes, int grid, String base, double margin, Implementation evaluator) {

    public static final String OWN = "own";
    public static final String START = "start";
    /** The course's picture: W[0,0] and W[1,0]. */
    public static final List<String> COURSE_AXES = List.of("dense0/kernel[0,0]", "dense0/kernel[1,0]");

    private static final Pattern AXIS = Pattern.compile("([a-z0-9]+/[a-z]+)\\[(\\d+(?:,\\s*\\d+)*)]");

    public enum View {
        COORDINATES("coordinates"), PCA("pca"), RANDOM("random");

        private final String id;

        View(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static View parse(String text) {
            String key = text.trim().toLowerCase(Locale.ROOT);
            for (View v : values()) {
                if (v.id.equals(key)) {
                    return v;
                }
            }
            throw Choices.unknown("landscape view", text, List.of("coordinates", "pca", "random"));
        }
    }

    /** One weight: a tensor's name and its index. */
    public record Axis(String tensor, List<Integer> index) {
        public static Axis parse(String text) {
            var m = AXIS.matcher(text.trim());
            if (!m.matches()) {
                throw new SpecException("landscape axis '" + text + "' is not a weight such as dense0/kernel[0,0]");
            }
            return new Axis(m.group(1), java.util.Arrays.stream(m.group(2).split(",")).map(String::trim).map(Integer::valueOf).toList());
        }

        /** The weight's position in the tensor's row-major values, checked against its shape. */
        public int offset(List<Integer> shape) {
            if (shape.size() != index.size()) {
                throw new SpecException("landscape axis " + this + ": " + tensor + " has " + shape.size() + " dimensions, got " + index.size());
            }
            int flat = 0;
            for (int d = 0; d < shape.size(); d++) {
                if (index.get(d) >= shape.get(d)) {
                    throw new SpecException("landscape axis " + this + " is outside " + tensor + "'s shape " + shape);
                }
                flat = flat * shape.get(d) + index.get(d);
            }
            return flat;
        }

        @Override
        public String toString() {
            return tensor + index.toString().replace(" ", "");
        }
    }

    public LandscapeSpec {
        axes = axes == null ? List.of() : List.copyOf(axes);
        if (view == View.COORDINATES) {
            if (axes.size() != 2) {
                throw new SpecException("landscape.axes must name two weights, e.g. " + COURSE_AXES + ", got " + axes);
            }
            axes.forEach(Axis::parse);
        } else {
            if (!axes.isEmpty()) {
                throw new SpecException("landscape.axes is for view coordinates; view " + view.id() + " finds its own directions");
            }
            if (!base.equals(OWN)) {
                throw new SpecException("landscape.base of view " + view.id() + " is each run's own final weights (own), got '" + base + "'");
            }
        }
        if (grid < 3 || grid > 400) {
            throw new SpecException("landscape.grid must be between 3 and 400 points per direction, got " + grid);
        }
        evaluator = evaluator == null ? Implementation.TENSORFLOW : evaluator;
        if (!(margin >= 0 && margin <= 10)) {
            throw new SpecException("landscape.margin must be in [0, 10], got " + margin);
        }
    }

    /** The defaults of a view: the course's axes, 100 x 100 for two weights, 31 x 31 for directions, own bases, 10% margin. */
    public static LandscapeSpec of(View view) {
        return new LandscapeSpec(view, view == View.COORDINATES ? COURSE_AXES : List.of(), view == View.COORDINATES ? 100 : 31, OWN, 0.1,
                Implementation.TENSORFLOW);
    }

    /** Checks that the axes are weights of {@code layout}. */
    public void check(ModelLayout layout) {
        for (Axis axis : parsedAxes()) {
            axis.offset(layout.parameters().stream().filter(t -> t.name().equals(axis.tensor())).findFirst()
                    .orElseThrow(() -> new SpecException("landscape axis " + axis + ": the model has no tensor " + axis.tensor() + " (it has "
                            + String.join(", ", layout.parameters().stream().map(ModelLayout.TensorSpec::name).toList()) + ")"))
                    .shape());
        }
    }

    public boolean ownBase() {
        return base.equals(OWN);
    }

    public List<Axis> parsedAxes() {
        return axes.stream().map(Axis::parse).toList();
    }
}
