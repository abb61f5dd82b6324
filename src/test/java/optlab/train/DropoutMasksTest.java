package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import optlab.spec.ModelLayout;
import optlab.testing.SmallCnn;
import org.junit.jupiter.api.Test;

/** Masks are a function of seed, step and layer: kept units scaled by 1 / (1 - rate), about rate of them dropped. */
class DropoutMasksTest {

    private static final ModelLayout LAYOUT = ModelLayout.of(SmallCnn.model());

    @Test
    void oneMaskPerDropoutLayerShapedLikeItsInput() {
        List<float[]> buffers = DropoutMasks.of(LAYOUT, 1).buffers(10);
        assertEquals(2, buffers.size());
        assertEquals(10 * 4 * 4 * 4, buffers.get(0).length);
        assertEquals(10 * 8, buffers.get(1).length);
    }

    @Test
    void theSameSeedAndStepGiveTheSameMasksAndOthersDoNot() {
        assertArrayEquals(mask(1, 7, 0), mask(1, 7, 0));
        assertFalse(Arrays.equals(mask(1, 7, 0), mask(1, 8, 0)), "another step");
        assertFalse(Arrays.equals(mask(1, 7, 0), mask(2, 7, 0)), "another seed");
    }

    @Test
    void keptUnitsAreScaledAndTheRateIsKept() {
        float[] first = mask(3, 0, 0);
        float[] second = mask(3, 0, 1);
        assertValues(first, 0.25, (float) (1 / 0.75));
        assertValues(second, 0.5, 2f);
    }

    private static void assertValues(float[] mask, double rate, float scale) {
        int dropped = 0;
        for (float m : mask) {
            if (m == 0) {
                dropped++;
            } else {
                assertEquals(scale, m);
            }
        }
        assertEquals(rate, (double) dropped / mask.length, 0.05);
    }

    private static float[] mask(long seed, long step, int layer) {
        var masks = DropoutMasks.of(LAYOUT, seed);
        List<float[]> buffers = masks.buffers(200);
        masks.fill(step, 200, buffers);
        return buffers.get(layer);
    }
}
