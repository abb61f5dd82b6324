package optlab.lab;

import java.util.List;
import java.util.function.Supplier;
import optlab.data.Dataset;
import optlab.spec.Activation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.validate.LockstepValidation;
import optlab.validate.OptimizerValidation;
import optlab.validate.Tolerance;

/** Stage 3: the submission drives the scratch network (784-32-10 ReLU, batch 32, seed 42) in lockstep with TensorFlow's optimizer, as validate does. */
public record MnistStage(Supplier<Dataset> train, int steps) {

    String run(OptimizerSpec spec, Session session) {
        ModelSpec model = ModelSpec.mlp(784, List.of(32), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0);
        var validation = new LockstepValidation(model, train.get(), 32, 42, steps, Tolerance.FLOAT32);
        OptimizerValidation result = validation.run(spec, new SessionRule(session, Cases.hyper(spec)));
        String numbers = String.format("%d updates of 784-32-10 ReLU: max relative loss difference %.2e, max weight difference %.2e",
                steps, result.maxRelativeLossDifference(), result.maxParameterDifference());
        return result.passed() ? numbers : "first update out of tolerance: " + result.firstFailingStep() + "; " + numbers;
    }
}
