package optlab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;

/** A run that diverges on both sides is not validated, never a rule failure; one side alone going NaN still fails. */
class DivergedValidationTest {

    private static final double NAN = Double.NaN;

    private static OptimizerValidation of(StepDifference... steps) {
        return new OptimizerValidation("sgd(lr=10)", List.of(steps), 0, 1, Tolerance.FLOAT64, 10);
    }

    private static StepDifference step(long k, double scratch, double tensorflow, double parameters) {
        return new StepDifference(k, 10, scratch, tensorflow, parameters);
    }

    @Test
    void bothSidesDivergingIsNotValidated() {
        OptimizerValidation v = of(step(1, 2.3, 2.3, 0), step(2, 40, 40, 0), step(3, NAN, NAN, NAN), step(4, NAN, NAN, NAN));

        assertEquals(3, v.divergedAt());
        assertEquals(-1, v.firstFailingStep());
        assertFalse(v.passed());
        assertEquals("not validated: diverged at update 3", v.outcome());
        assertEquals(0, v.maxRelativeLossDifference(), "the updates before the divergence are compared, and agree");
    }

    @Test
    void infiniteOnBothSidesIsADivergenceToo() {
        assertEquals(2, of(step(1, 2.3, 2.3, 0), step(2, Double.POSITIVE_INFINITY, NAN, NAN)).divergedAt());
    }

    @Test
    void oneSideAloneGoingNaNIsAMismatch() {
        OptimizerValidation v = of(step(1, 2.3, 2.3, 0), step(2, NAN, 2.1, NAN), step(3, NAN, NAN, NAN));

        assertEquals(2, v.firstFailingStep());
        assertEquals("FAIL", v.outcome());
        assertFalse(v.passed());
    }

    @Test
    void aRealMismatchBeforeTheDivergenceStillFails() {
        assertEquals("FAIL", of(step(1, 2.3, 2.4, 0), step(2, NAN, NAN, NAN)).outcome());
    }

    @Test
    void sgdAtAHugeRateDivergesAndIsNotValidated() {
        OptimizerValidation v = LockstepValidationTest.validation(optlab.spec.Loss.CROSS_ENTROPY, 0)
                .run(OptimizerCatalog.parse("sgd(lr=1e30)"));

        assertTrue(v.divergedAt() > 0, "diverges: " + v.steps().subList(0, 3));
        assertEquals(-1, v.firstFailingStep(), v.steps().toString());
        assertEquals("not validated: diverged at update " + v.divergedAt(), v.outcome());
    }
}
