package optlab.scratch.optim;

/**
 * The element-wise update shared by {@link NadamRule} and {@link TfJavaNadamRule}, in the order of
 * TF Java's Nadam graph ops. The rules differ only in the scalars they pass in.
 */
final class NadamStep {

    /** Per-step scalars: mu_t, mu_(t+1), prod = mu_1 ... mu_t, prod * mu_(t+1), and v's bias correction. */
    record Schedule(float mu, float muNext, float prod, float prodNext, float vDen) {
    }

    /** mu_t = beta1 * (1 - 0.5 * 0.96^(0.004 t)), in float32; the power goes through double, which rounds like float32 pow. */
    static float mu(float beta1, int t) {
        return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, 0.004f * t));
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

    private NadamStep() {
    }
}
