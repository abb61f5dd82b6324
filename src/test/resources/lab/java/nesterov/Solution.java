import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: nesterov, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("accum", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float mu = hp.get("momentum");
        float[] a = state.get("accum");
        for (int i = 0; i < w.length; i++) {
            a[i] = a[i] * mu + g[i];
            w[i] -= g[i] * hp.lr() + a[i] * mu * hp.lr();
        }
    }
}
