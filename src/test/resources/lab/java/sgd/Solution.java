import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: gradient descent. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= g[i] * hp.lr();
        }
    }
}
