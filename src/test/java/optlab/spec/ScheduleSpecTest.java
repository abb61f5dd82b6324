package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleSpecTest {

    @Test
    void anOptimizerWithAScheduleReadsBackFromItsLabel() {
        OptimizerSpec spec = OptimizerCatalog.parse("sgd(lr=0.1) @ linear(end_lr=0.001, steps=5000)");

        assertEquals("linear", spec.schedule().name());
        assertEquals("sgd(lr=0.1) @ linear(end_lr=0.001, steps=5000)", spec.label());
        assertEquals(spec, OptimizerCatalog.parse(spec.label()));
        assertEquals(2, OptimizerCatalog.parseList("sgd @ cosine, momentum(momentum=0.5) @ step(factor=0.1)").size());
    }

    @Test
    void withoutAScheduleTheLabelIsUnchanged() {
        assertEquals("sgd(lr=0.01)", OptimizerCatalog.parse("sgd").label());
        assertTrue(OptimizerCatalog.parse("sgd").schedule().isConstant());
    }

    @Test
    void badSchedulesAreNamed() {
        assertMessage("unknown schedule 'warmup'", () -> ScheduleSpec.parse("warmup"));
        assertMessage("schedule 'cosine' has no setting 'factor' (it has end_lr, steps)", () -> ScheduleSpec.parse("cosine(factor=0.5)"));
        assertMessage("schedule 'step': factor out of range, got 2.0", () -> ScheduleSpec.parse("step(factor=2)"));
        assertMessage("schedule 'linear': steps out of range, got 0.5", () -> ScheduleSpec.parse("linear(steps=0.5)"));
        assertMessage("'nadam-tfjava'", () -> OptimizerCatalog.parse("nadam-tfjava @ cosine"));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable call) {
        SpecException e = assertThrows(SpecException.class, call);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
