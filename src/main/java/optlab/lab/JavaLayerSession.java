package optlab.lab;

import java.util.List;
import java.util.function.Supplier;

/**
 * A layer written against the Java student API ({@link StudentActivation}, {@link StudentLoss} or
 * {@link StudentDense}), driven in this process on copies of the inputs; anything it throws, and a
 * null it returns, becomes a {@link SubmissionException} naming the call.
 */
final class JavaLayerSession implements LayerSession {

    private final LayerExercises.Kind kind;
    private final Object layer;

    JavaLayerSession(LayerExercises.Kind kind, Object layer) {
        this.kind = kind;
        this.layer = layer;
    }

    @Override
    public float[] forward(LayerCase c) {
        float[] a = c.input(0).values().clone();
        return call("forward", () -> switch (kind) {
            case ACTIVATION -> ((StudentActivation) layer).forward(a);
            case LOSS -> new float[] {((StudentLoss) layer).forward(a, c.input(1).values().clone(), c.input(0).rows(), c.input(0).cols())};
            case DENSE -> ((StudentDense) layer).forward(a, c.input(1).values().clone(), c.input(2).values().clone(), c.input(0).rows(),
                    c.input(0).cols(), c.input(1).cols());
        });
    }

    @Override
    public List<float[]> backward(LayerCase c, float[] y) {
        float[] a = c.input(0).values().clone();
        return switch (kind) {
            case ACTIVATION -> List.of(call("backward", () -> ((StudentActivation) layer).backward(a, y.clone(), c.gradY().values().clone())));
            case LOSS -> List.of(call("backward", () -> ((StudentLoss) layer).backward(a, c.input(1).values().clone(), c.input(0).rows(), c.input(0).cols())));
            case DENSE -> {
                DenseGradients g = call("backward", () -> ((StudentDense) layer).backward(a, c.input(1).values().clone(), c.input(2).values().clone(),
                        c.gradY().values().clone(), c.input(0).rows(), c.input(0).cols(), c.input(1).cols()));
                if (g.dx() == null || g.dw() == null || g.db() == null) {
                    throw new SubmissionException("backward returned DenseGradients with a null array");
                }
                yield List.of(g.dx(), g.dw(), g.db());
            }
        };
    }

    private static <T> T call(String method, Supplier<T> body) {
        T result;
        try {
            result = body.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new SubmissionException(method + " threw " + e, e);
        }
        if (result == null) {
            throw new SubmissionException(method + " returned null");
        }
        return result;
    }
}
