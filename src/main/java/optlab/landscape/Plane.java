package optlab.landscape;

/**
 * A plane through weight space: the point at coordinates (a, b) is {@code origin + a u + b v}.
 * For two single weights, u and v are unit vectors along them and the origin holds 0 there, so
 * (a, b) are the weights' own values.
 *
 * @param explained the share of the trajectory's variance the plane holds (PCA), or NaN
 */
public record Plane(float[] origin, float[] u, float[] v, String uLabel, String vLabel, double explained) {

    /** The weights at (a, b), rounded to float32 once per weight as the trainers hold them. */
    public float[] at(double a, double b) {
        float[] w = new float[origin.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (origin[i] + a * u[i] + b * v[i]);
        }
        return w;
    }

    /**
     * The coordinates of {@code w}'s nearest point on the plane (least squares, so u and v need not
     * be orthogonal) and the distance from {@code w} to it.
     */
    public Projection project(float[] w) {
        double uu = 0, uv = 0, vv = 0, du = 0, dv = 0;
        for (int i = 0; i < w.length; i++) {
            double d = (double) w[i] - origin[i];
            uu += (double) u[i] * u[i];
            uv += (double) u[i] * v[i];
            vv += (double) v[i] * v[i];
            du += d * u[i];
            dv += d * v[i];
        }
        double det = uu * vv - uv * uv;
        double a = (du * vv - dv * uv) / det;
        double b = (dv * uu - du * uv) / det;
        double squares = 0;
        for (int i = 0; i < w.length; i++) {
            double r = (double) w[i] - (origin[i] + a * u[i] + b * v[i]);
            squares += r * r;
        }
        return new Projection(a, b, Math.sqrt(squares));
    }

    /** Where a weight vector lies over the plane, and how far off it. */
    public record Projection(double a, double b, double distance) {
    }
}
