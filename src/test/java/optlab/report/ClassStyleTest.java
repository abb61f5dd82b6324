package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassStyleTest {

    @Test
    void luminanceAndContrastFollowWcag() {
        assertEquals(1.0, ClassStyle.luminance(Color.WHITE), 1e-12);
        assertEquals(21.0, ClassStyle.contrastOnWhite(Color.BLACK), 1e-12);
        assertEquals(4.54, ClassStyle.contrastOnWhite(new Color(0x767676)), 0.01, "the lightest grey that passes 4.5 for text");
    }

    @Test
    void everyClassStandsOutThreeToOneOnWhite() {
        for (int k = 0; k < 10; k++) {
            double contrast = ClassStyle.contrastOnWhite(ClassStyle.colour(k));
            assertTrue(contrast >= 3, "class " + k + ": " + contrast);
        }
    }

    /** Two classes drawn with one pattern differ in lightness too, not only in hue; neighbours differ in pattern. */
    @Test
    void classesDifferByMoreThanHue() {
        for (int a = 0; a < 10; a++) {
            assertTrue(!Arrays.equals(ClassStyle.pattern(a), ClassStyle.pattern((a + 1) % 10)) || a == 9, "neighbours " + a);
            for (int b = a + 1; b < 10; b++) {
                if (Arrays.equals(ClassStyle.pattern(a), ClassStyle.pattern(b))) {
                    double gap = Math.abs(ClassStyle.luminance(ClassStyle.colour(a)) - ClassStyle.luminance(ClassStyle.colour(b)));
                    assertTrue(gap >= 0.02, "classes " + a + " and " + b + " share a pattern and a lightness: " + gap);
                }
            }
        }
    }
}
