package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import optlab.scratch.Parameter;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.train.Batch;
import optlab.train.InitialWeights;
import optlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The look-ahead hook through native memory, and a trainer that uses it. */
class ScratchOptimizerLookAheadTest {

    @Test
    void movesTheWeightsToTheLookAheadPointAndStepsFromWhereTheyWere() {
        var p = new Parameter("w", Nd4j.create(new float[] {1f, 2f}), Nd4j.create(new float[] {0.1f, -0.2f}));
        var rule = new TextbookNesterovRmsPropRule(0.9f, 0.5f);
        var optimizer = new ScratchOptimizer<>(rule, List.of(p));
        optimizer.lookAhead(List.of(p)); // v = 0: nothing moves yet
        assertArrayEquals(new float[] {1f, 2f}, p.value().toFloatVector(), 0f);
        optimizer.step(List.of(p), 0.01f);
        float[] afterStep = p.value().toFloatVector();

        var replay = rule.initialState(2);
        float[] w = {1f, 2f};
        rule.apply(w, new float[] {0.1f, -0.2f}, replay, 0.01f);
        rule.lookAhead(w, replay);
        optimizer.lookAhead(List.of(p));
        assertArrayEquals(w, p.value().toFloatVector(), 0f);
        assertTrue(w[0] != afterStep[0], "the look-ahead point lies ahead along v");

        rule.apply(w, new float[] {0.1f, -0.2f}, replay, 0.01f);
        optimizer.step(List.of(p), 0.01f);
        assertArrayEquals(w, p.value().toFloatVector(), 0f);
    }

    @Test
    void lookAheadLeavesOtherRulesAlone() {
        var p = new Parameter("w", Nd4j.create(new float[] {1f, 2f}), Nd4j.create(new float[] {0.1f, -0.2f}));
        var optimizer = new ScratchOptimizer<>(new MomentumRule(0.9f, true), List.of(p));
        optimizer.step(List.of(p), 0.1f);
        float[] before = p.value().toFloatVector();
        optimizer.lookAhead(List.of(p));
        assertArrayEquals(before, p.value().toFloatVector(), 0f);
    }

    @Test
    void trainerWithLookAheadLearnsAFixedBatch() {
        var model = new ModelSpec(List.of(6, 8, 3), Activation.TANH, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0);
        var random = new SplittableRandom(5);
        float[] x = new float[4 * 6];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        int[] y = {0, 1, 2, 1};
        var batch = new Batch(x, y, 4, 6);
        try (Trainer trainer = new ScratchTrainer(model, OptimizerCatalog.parse("rmsprop-nesterov-textbook(lr=0.01)"),
                InitialWeights.draw(model, 3))) {
            double first = loss(trainer.step(batch, 0.01f), y);
            double last = first;
            for (int step = 0; step < 50; step++) {
                last = loss(trainer.step(batch, 0.01f), y);
            }
            assertTrue(last < 0.5 * first, "loss " + first + " -> " + last);
        }
    }

    private static double loss(float[] probabilities, int[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum -= Math.log(probabilities[i * 3 + y[i]]);
        }
        return sum / y.length;
    }
}
