package optlab.scratch.optim;

/**
 * The element-wise update shared by {@link NadamRule} and {@link TfJavaNadamRule}, in the order of
 * TF Java's Nadam graph ops. The rules differ only in the scalars they pass in.
 *
 * <p>The float64 step takes its differences 1 - x ready-made in a {@link Float64Schedule}: TF Java's
 * Nadam computes them in float32 even for a float64 variable, FedNadam computes them in double.
 */
final class NadamStep {

    /** Per-step scalars: mu_t, mu_(t+1), prod = mu_1 ... mu_t, prod * mu_(t+1), and v's bias correction. */
    record Schedule(float mu, float muNext, float prod, float prodNext, float vDen) {
    }

    /** Per-step scalars of the float64 step: 1 - mu_t, mu_(t+1), 1 - prod, 1 - prodNext, v's bias correction, 1 - beta1, 1 - beta2. */
    record Float64Schedule(double oneMinusMu, double muNext, double oneMinusProd, double oneMinusProdNext, double vDen,
            double oneMinusBeta1, double oneMinusBeta2) {

        /** A float32 schedule as TF Java's Nadam hands it to a float64 variable: differences taken in float32, then widened. */
        static Float64Schedule widened(Schedule s, float beta1, float beta2) {
            return new Float64Schedule(1f - s.mu(), s.muNext(), 1f - s.prod(), 1f - s.prodNext(), s.vDen(), 1f - beta1, 1f - beta2);
        }
    }

    /** mu_t = beta1 * (1 - 0.5 * 0.96^(0.004 t)), in float32; the power goes through double, which rounds like float32 pow. */
    static float mu(float beta1, int t) {
        return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, 0.004f * t));
    }

    /** {@link #mu} in double, with the formula's constants exact (as FedNadam has them in a float64 graph). */
    static double float64Mu(float beta1, int t) {
        return beta1 * (1d - 0.5 * Math.pow(0.96, 0.004 * t));
    }

    static void apply(float[] w, float[] g, float[] m, float[] v, float beta1, float beta2, float epsilon,
            Schedule s, float lr) {
        for (int i = 0; i < w.length; i++) {
            float gHat = g[i] / (1f - s.prod());
            m[i] = beta1 * m[i] + (1f - beta1) * g[i];
            float mHat = m[i] / (1f - s.prodNext());
            v[i] = beta2 * v[i] + (1f - beta2) * (g[i] * g[i]);
            float vHat = v[i] / s.vDen();
            float mBar = (1f - s.mu()) * gHat + s.muNext() * mHat;
            w[i] -= lr * mBar / ((float) Math.sqrt(vHat) + epsilon);
        }
    }

    static void apply(double[] w, double[] g, double[] m, double[] v, float beta1, float beta2, float epsilon,
            Float64Schedule s, double lr) {
        for (int i = 0; i < w.length; i++) {
            double gHat = g[i] / s.oneMinusProd();
            m[i] = beta1 * m[i] + s.oneMinusBeta1() * g[i];
            double mHat = m[i] / s.oneMinusProdNext();
            v[i] = beta2 * v[i] + s.oneMinusBeta2() * (g[i] * g[i]);
            double vHat = v[i] / s.vDen();
            double mBar = s.oneMinusMu() * gHat + s.muNext() * mHat;
            w[i] -= lr * mBar / (Math.sqrt(vHat) + epsilon);
        }
    }

    private NadamStep() {
    }
}
