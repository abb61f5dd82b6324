import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: AdaGrad, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        float[] acc = new float[size];
        java.util.Arrays.fill(acc, hp.get("initial_accumulator"));
        state.put("accum", acc);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float[] acc = state.get("accum");
        for (int i = 0; i < w.length; i++) {
            acc[i] += g[i] * g[i];
            w[i] -= g[i] * hp.lr() * (1f / (float) Math.sqrt(acc[i]));
        }
    }
}
