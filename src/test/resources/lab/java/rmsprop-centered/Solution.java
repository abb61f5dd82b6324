import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: centered RMSProp, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        float[] ms = new float[size];
        java.util.Arrays.fill(ms, 1f);
        state.put("ms", ms);
        state.put("mg", new float[size]);
        state.put("mom", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float decay = hp.get("decay");
        float[] ms = state.get("ms");
        float[] mg = state.get("mg");
        float[] mom = state.get("mom");
        for (int i = 0; i < w.length; i++) {
            ms[i] += (g[i] * g[i] - ms[i]) * (1f - decay);
            mg[i] += (g[i] - mg[i]) * (1f - decay);
            float den = ms[i] - mg[i] * mg[i] + hp.get("epsilon");
            mom[i] = mom[i] * hp.get("momentum") + g[i] * hp.lr() * (1f / (float) Math.sqrt(den));
            w[i] -= mom[i];
        }
    }
}
