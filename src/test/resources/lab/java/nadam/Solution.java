import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Nadam with the real step t, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("v", new float[size]);
        state.setNumber("t", 0);
        state.setNumber("P", 1);
        state.setNumber("beta2_power", 1);
    }

    private static float mu(float beta1, int t) {
        return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, 0.004f * t));
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta1");
        float beta2 = hp.get("beta2");
        int t = (int) state.number("t") + 1;
        state.setNumber("t", t);
        float mu = mu(beta1, t);
        float muNext = mu(beta1, t + 1);
        float p = (float) state.number("P") * mu;
        state.setNumber("P", p);
        float b2p = (float) state.number("beta2_power") * beta2;
        state.setNumber("beta2_power", b2p);
        float[] m = state.get("m");
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            float gHat = g[i] / (1f - p);
            m[i] = beta1 * m[i] + (1f - beta1) * g[i];
            float mHat = m[i] / (1f - p * muNext);
            v[i] = beta2 * v[i] + (1f - beta2) * (g[i] * g[i]);
            float vHat = v[i] / (1f - b2p);
            float mBar = (1f - mu) * gHat + muNext * mHat;
            w[i] -= hp.lr() * mBar / ((float) Math.sqrt(vHat) + hp.get("epsilon"));
        }
    }
}
