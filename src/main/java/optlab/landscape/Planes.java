package optlab.landscape;

import java.util.List;
import java.util.SplittableRandom;
import optlab.spec.LandscapeSpec;
import optlab.spec.ModelLayout;

/** The plane a view draws a run on, through a base point. */
public final class Planes {

    /** Keeps the random directions' stream apart from the other streams drawn from a run's seed. */
    private static final long STREAM = 0x1D_4EC7L;

    private Planes() {
    }

    /**
     * Two single weights: u and v pick them out, the origin is {@code base} with those two set to 0.
     */
    public static Plane coordinates(ModelLayout layout, List<LandscapeSpec.Axis> axes, float[] base) {
        int i = offset(layout, axes.get(0));
        int j = offset(layout, axes.get(1));
        if (i == j) {
            throw new IllegalArgumentException("landscape axes " + axes + " name one weight twice");
        }
        float[] origin = base.clone();
        origin[i] = 0;
        origin[j] = 0;
        float[] u = new float[base.length];
        float[] v = new float[base.length];
        u[i] = 1;
        v[j] = 1;
        return new Plane(origin, u, v, axes.get(0).toString(), axes.get(1).toString(), Double.NaN);
    }

    /** The trajectory's first two principal directions, through its last point. */
    public static Plane pca(List<float[]> trajectory) {
        var pca = PrincipalDirections.of(trajectory);
        return new Plane(trajectory.get(trajectory.size() - 1).clone(), pca.first(), pca.second(),
                String.format(java.util.Locale.ROOT, "PC1 (%.1f%%)", 100 * pca.firstShare()),
                String.format(java.util.Locale.ROOT, "PC2 (%.1f%%)", 100 * pca.secondShare()), pca.firstShare() + pca.secondShare());
    }

    /**
     * Two Gaussian directions, each filter-normalized as Li et al. (2018) do: every filter (the
     * weights into one unit of a dense layer, one output channel of a convolution) scaled to the norm
     * of that filter in {@code base}; biases get no direction.
     */
    public static Plane random(ModelLayout layout, float[] base, long seed) {
        var random = new SplittableRandom(seed ^ STREAM);
        return new Plane(base.clone(), filterNormalized(layout, base, random), filterNormalized(layout, base, random),
                "random direction 1", "random direction 2", Double.NaN);
    }

    private static float[] filterNormalized(ModelLayout layout, float[] base, SplittableRandom random) {
        float[] d = new float[base.length];
        int at = 0;
        for (ModelLayout.TensorSpec t : layout.parameters()) {
            if (t.kernel()) {
                int units = t.shape().get(t.shape().size() - 1);
                int rows = t.size() / units;
                for (int i = at; i < at + t.size(); i++) {
                    d[i] = (float) gaussian(random);
                }
                for (int unit = 0; unit < units; unit++) {
                    double dn = 0, bn = 0;
                    for (int r = 0; r < rows; r++) {
                        int i = at + r * units + unit;
                        dn += (double) d[i] * d[i];
                        bn += (double) base[i] * base[i];
                    }
                    double scale = dn == 0 ? 0 : Math.sqrt(bn / dn);
                    for (int r = 0; r < rows; r++) {
                        int i = at + r * units + unit;
                        d[i] = (float) (d[i] * scale);
                    }
                }
            }
            at += t.size();
        }
        return d;
    }

    /** A standard normal draw (Box-Muller), so the directions depend on the seed alone, not on a JDK's Random. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int offset(ModelLayout layout, LandscapeSpec.Axis axis) {
        int at = 0;
        for (ModelLayout.TensorSpec t : layout.parameters()) {
            if (t.name().equals(axis.tensor())) {
                return at + axis.offset(t.shape());
            }
            at += t.size();
        }
        throw new IllegalArgumentException("the model has no tensor " + axis.tensor());
    }
}
