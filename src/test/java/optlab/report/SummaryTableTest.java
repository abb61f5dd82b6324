package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void oneAlignedRowPerConfigurationWithDivergenceSpelledOut() {
        var ok = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {0.9, 0.41234}, new double[] {0.8, 0.875});
        var bad = SyntheticRuns.diverged(SyntheticRuns.run("sgd", Implementation.TENSORFLOW));

        List<String> lines = SummaryTable.render(SyntheticRuns.experiment("sgd"), List.of(ok, bad)).lines().toList();

        assertEquals(4, lines.size(), "header, rule, two runs");
        assertTrue(lines.get(0).startsWith("configuration"), lines.get(0));
        assertTrue(lines.get(2).contains("0.4123") && lines.get(2).contains("83.33%") && lines.get(2).endsWith("ok"),
                "last epoch's train loss, final evaluation's accuracy (5 of 6): " + lines.get(2));
        assertTrue(lines.get(3).contains("diverged (epoch 2, step 5)"), lines.get(3));
        assertEquals(lines.get(0).indexOf("test acc") + "test acc".length(), lines.get(2).indexOf("83.33%") + "83.33%".length(),
                "numbers are right-aligned under their header");
    }

    @Test
    void aTextbookFormGetsARowSayingItHasNoTensorFlowTwin() {
        String adam = "adam-textbook";
        var scratch = SyntheticRuns.completed(SyntheticRuns.run(adam, Implementation.SCRATCH), new double[] {0.5}, new double[] {0.9});

        List<String> lines = SummaryTable.render(SyntheticRuns.experiment(adam), List.of(scratch)).lines().toList();

        assertEquals(4, lines.size(), "header, rule, the scratch run and its missing twin");
        assertTrue(lines.get(2).contains("scratch"), lines.get(2));
        assertTrue(lines.get(3).startsWith("adam-textbook(") && lines.get(3).contains("tensorflow")
                && lines.get(3).endsWith("no TensorFlow twin (textbook form, scratch only)"), lines.get(3));
    }
}
