import optlab.lab.StudentActivation;

/** Reference solution: the sigmoid, in the form that cannot overflow. */
public class Solution implements StudentActivation {

    @Override
    public float[] forward(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= 0) {
                y[i] = 1f / (1f + (float) Math.exp(-x[i]));
            } else {
                float e = (float) Math.exp(x[i]);
                y[i] = e / (1f + e);
            }
        }
        return y;
    }

    @Override
    public float[] backward(float[] x, float[] y, float[] gradY) {
        float[] dx = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            dx[i] = gradY[i] * y[i] * (1f - y[i]);
        }
        return dx;
    }
}
