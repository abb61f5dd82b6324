import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's Adadelta. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("acc", new float[size]);
        state.put("acc_d", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float rho = hp.get("rho");
        float eps = hp.get("epsilon");
        float[] acc = state.get("acc");
        float[] accD = state.get("acc_d");
        for (int i = 0; i < w.length; i++) {
            acc[i] = rho * acc[i] + (1f - rho) * (g[i] * g[i]);
            float d = -((float) Math.sqrt(accD[i] + eps) * g[i] / (float) Math.sqrt(acc[i] + eps));
            accD[i] = rho * accD[i] + (1f - rho) * (d * d);
            w[i] += hp.lr() * d;
        }
    }
}
