import optlab.lab.StudentActivation;

/** Reference solution: ReLU. */
public class Solution implements StudentActivation {

    @Override
    public float[] forward(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.max(0f, x[i]);
        }
        return y;
    }

    @Override
    public float[] backward(float[] x, float[] y, float[] gradY) {
        float[] dx = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            dx[i] = x[i] > 0 ? gradY[i] : 0f;
        }
        return dx;
    }
}
