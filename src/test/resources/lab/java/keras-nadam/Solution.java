import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's Nadam. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("v", new float[size]);
        state.setNumber("iterations", 0);
        state.setNumber("P", 1);
    }

    private static float u(float beta1, float t) {
        return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, t));
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta_1");
        float beta2 = hp.get("beta_2");
        float t = (float) state.number("iterations") + 1;
        state.setNumber("iterations", t);
        float p = (float) state.number("P") * beta1 * (1f - 0.5f * (float) Math.pow(0.96f, t));
        state.setNumber("P", p);
        float uT = u(beta1, t);
        float uNext = u(beta1, t + 1f);
        float b2p = (float) Math.pow(beta2, t);
        float[] m = state.get("m");
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1f - beta2);
            float mHat = uNext * m[i] / (1f - p * uNext) + (1f - uT) * g[i] / (1f - p);
            float vHat = v[i] / (1f - b2p);
            w[i] -= mHat * hp.lr() / ((float) Math.sqrt(vHat) + hp.get("epsilon"));
        }
    }
}
