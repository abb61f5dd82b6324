import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's Adagrad. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        float[] acc = new float[size];
        java.util.Arrays.fill(acc, hp.get("initial_accumulator_value"));
        state.put("acc", acc);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float[] acc = state.get("acc");
        for (int i = 0; i < w.length; i++) {
            acc[i] += g[i] * g[i];
            w[i] -= hp.lr() * g[i] / (float) Math.sqrt(acc[i] + hp.get("epsilon"));
        }
    }
}
