import optlab.lab.DenseGradients;
import optlab.lab.StudentDense;

/** Reference solution: a dense layer, y = x W + b, every matrix row-major. */
public class Solution implements StudentDense {

    @Override
    public float[] forward(float[] x, float[] w, float[] b, int batch, int in, int out) {
        float[] y = new float[batch * out];
        for (int n = 0; n < batch; n++) {
            for (int k = 0; k < out; k++) {
                float sum = b[k];
                for (int i = 0; i < in; i++) {
                    sum += x[n * in + i] * w[i * out + k];
                }
                y[n * out + k] = sum;
            }
        }
        return y;
    }

    @Override
    public DenseGradients backward(float[] x, float[] w, float[] b, float[] gradY, int batch, int in, int out) {
        float[] dx = new float[batch * in];
        float[] dw = new float[in * out];
        float[] db = new float[out];
        for (int n = 0; n < batch; n++) {
            for (int k = 0; k < out; k++) {
                float g = gradY[n * out + k];
                db[k] += g;
                for (int i = 0; i < in; i++) {
                    dx[n * in + i] += g * w[i * out + k];
                    dw[i * out + k] += x[n * in + i] * g;
                }
            }
        }
        return new DenseGradients(dx, dw, db);
    }
}
