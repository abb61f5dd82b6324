import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: AdaDelta, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("accum", new float[size]);
        state.put("accum_update", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float rho = hp.get("rho");
        float eps = hp.get("epsilon");
        float[] acc = state.get("accum");
        float[] accU = state.get("accum_update");
        for (int i = 0; i < w.length; i++) {
            acc[i] = acc[i] * rho + g[i] * g[i] * (1f - rho);
            float u = (float) Math.sqrt(accU[i] + eps) * (1f / (float) Math.sqrt(acc[i] + eps)) * g[i];
            w[i] -= u * hp.lr();
            accU[i] = accU[i] * rho + u * u * (1f - rho);
        }
    }
}
