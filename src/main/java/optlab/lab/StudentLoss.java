package optlab.lab;

/**
 * The student API of the softmax-cross-entropy exercise. {@code logits} and {@code labels} are
 * {@code batch x classes}, row-major (row i is sample i); each row of {@code labels} is one-hot.
 * Neither method may change its arguments.
 */
public interface StudentLoss {

    /** The cross-entropy of softmax(logits) against labels, averaged over the batch. */
    float forward(float[] logits, float[] labels, int batch, int classes);

    /** dLoss/dLogits of that mean loss, {@code batch x classes}, row-major. */
    float[] backward(float[] logits, float[] labels, int batch, int classes);
}
