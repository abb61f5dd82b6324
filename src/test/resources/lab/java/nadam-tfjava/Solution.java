import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Nadam as TF Java 1.0.0 runs it, its step frozen at 1. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("v", new float[size]);
        state.setNumber("P", 1);
    }

    private static float mu(float beta1, int t) {
        return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, 0.004f * t));
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta1");
        float beta2 = hp.get("beta2");
        float mu = mu(beta1, 1);
        float muNext = mu(beta1, 2);
        float p = (float) state.number("P") * mu;
        state.setNumber("P", p);
        float[] m = state.get("m");
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            float gHat = g[i] / (1f - p);
            m[i] = beta1 * m[i] + (1f - beta1) * g[i];
            float mHat = m[i] / (1f - p * muNext);
            v[i] = beta2 * v[i] + (1f - beta2) * (g[i] * g[i]);
            float vHat = v[i] / (1f - beta2);
            float mBar = (1f - mu) * gHat + muNext * mHat;
            w[i] -= hp.lr() * mBar / ((float) Math.sqrt(vHat) + hp.get("epsilon"));
        }
    }
}
