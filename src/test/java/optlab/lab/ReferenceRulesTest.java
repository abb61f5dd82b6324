package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** optlab's references with state reproduce the scratch rules (TensorFlow's vectors, bit for bit) on every stage-1 case. */
class ReferenceRulesTest {

    static List<String> exercises() {
        return RuleCatalogCheckTest.exercises();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void referenceIsTheScratchRuleBitForBit(String exercise) {
        OptimizerSpec spec = OptimizerCatalog.parse(exercise);
        String name = spec.name();
        StudentRule reference = References.of(name, null);
        assertNotNull(reference);
        List<Case> cases = Cases.of(spec);
        for (int i = 0; i < cases.size(); i++) {
            Trajectory want = Trajectory.run(new ScratchSession<>(UpdateRules.of(spec)), i, cases.get(i), false);
            Trajectory got = Trajectory.run(new RuleSession(reference), i, cases.get(i), true);
            for (int s = 0; s < want.steps().size(); s++) {
                assertArrayEquals(want.steps().get(s).w(), got.steps().get(s).w(), 0f, exercise + ", " + cases.get(i).name() + ", step " + (s + 1));
            }
        }
    }
}
