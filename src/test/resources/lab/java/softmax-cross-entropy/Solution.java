import optlab.lab.StudentLoss;

/** Reference solution: softmax cross-entropy, the mean over the batch, with each row's maximum subtracted. */
public class Solution implements StudentLoss {

    @Override
    public float forward(float[] logits, float[] labels, int batch, int classes) {
        float total = 0f;
        for (int i = 0; i < batch; i++) {
            float max = max(logits, i, classes);
            float sum = 0f;
            float picked = 0f;
            for (int j = 0; j < classes; j++) {
                float shifted = logits[i * classes + j] - max;
                sum += (float) Math.exp(shifted);
                picked += labels[i * classes + j] * shifted;
            }
            total += (float) Math.log(sum) - picked;
        }
        return total / batch;
    }

    @Override
    public float[] backward(float[] logits, float[] labels, int batch, int classes) {
        float[] d = new float[logits.length];
        for (int i = 0; i < batch; i++) {
            float max = max(logits, i, classes);
            float sum = 0f;
            for (int j = 0; j < classes; j++) {
                sum += (float) Math.exp(logits[i * classes + j] - max);
            }
            for (int j = 0; j < classes; j++) {
                int k = i * classes + j;
                d[k] = ((float) Math.exp(logits[k] - max) / sum - labels[k]) / batch;
            }
        }
        return d;
    }

    private static float max(float[] logits, int row, int classes) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < classes; j++) {
            max = Math.max(max, logits[row * classes + j]);
        }
        return max;
    }
}
