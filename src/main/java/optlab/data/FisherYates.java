package optlab.data;

import java.util.SplittableRandom;

/** The in-place Fisher-Yates shuffle both seeded orders are built on. */
final class FisherYates {
    private FisherYates() {
    }

    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
