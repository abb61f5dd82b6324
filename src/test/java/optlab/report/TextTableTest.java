package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("optimizer", "steps", "loss", "grad"),
            List.of("adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)", "200", "2.6e-07", "2.2e-08 (9.0e-02)"));

    @Test
    void aTableThatFitsIsLeftAsItIs() {
        assertEquals(ROWS, TextTable.fit(ROWS, 200, List.of(3, 1)));
        assertEquals(53 + 2 + 5 + 2 + 7 + 2 + 17, TextTable.width(ROWS));
    }

    @Test
    void columnsGoInTheOrderGivenThenTheFirstColumnIsCut() {
        assertEquals(List.of(List.of("optimizer", "steps", "loss"),
                List.of("adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)", "200", "2.6e-07")), TextTable.fit(ROWS, 70, List.of(3, 1)));
        List<List<String>> narrow = TextTable.fit(ROWS, 40, List.of(3, 1));
        assertEquals(List.of("optimizer", "loss"), narrow.get(0));
        assertEquals("adam(lr=0.001, beta1=0.9, be...", narrow.get(1).get(0));
        assertEquals(40, TextTable.width(narrow));
    }
}
