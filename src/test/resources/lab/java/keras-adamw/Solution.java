import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's AdamW, amsgrad as the exercise sets it. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("v", new float[size]);
        state.put("v_hat", new float[size]);
        state.setNumber("iterations", 0);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= w[i] * hp.get("weight_decay") * hp.lr();
        }
        float beta1 = hp.get("beta_1");
        float beta2 = hp.get("beta_2");
        boolean amsgrad = hp.get("amsgrad") == 1f;
        float t = (float) state.number("iterations") + 1;
        state.setNumber("iterations", t);
        float alpha = hp.lr() * (float) Math.sqrt(1f - (float) Math.pow(beta2, t)) / (1f - (float) Math.pow(beta1, t));
        float[] m = state.get("m");
        float[] v = state.get("v");
        float[] vHat = state.get("v_hat");
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1f - beta2);
            float second = v[i];
            if (amsgrad) {
                vHat[i] = Math.max(vHat[i], v[i]);
                second = vHat[i];
            }
            w[i] -= m[i] * alpha / ((float) Math.sqrt(second) + hp.get("epsilon"));
        }
    }
}
