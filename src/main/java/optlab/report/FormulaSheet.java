package optlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;

/** The formula sheet: for each optimizer of the experiment, the rule that ran, with the values it ran with. */
final class FormulaSheet {

    /**
     * One optimizer's card. HTML: {@code state}, {@code equations}, {@code scheduleRule}, {@code differs}.
     *
     * @param tensorflow the TensorFlow class and kernel, or that there is no TensorFlow twin
     */
    record Card(String anchor, String label, String title, String state, List<String> equations,
            List<Hyperparameter> hyperparameters, String schedule, String scheduleRule, String differs, String scratch,
            String tensorflow, boolean twin, VerdictView verdict) {
    }

    /** @param asRun the value narrowed to float32, which both trainers use */
    record Hyperparameter(String symbol, String key, String given, String asRun) {
    }

    private static final Formulas TEXT = Formulas.load();

    private FormulaSheet() {
    }

    static String notation() {
        return TEXT.notation();
    }

    static String anchor(OptimizerSpec optimizer) {
        return "formula-" + optimizer.id();
    }

    static List<Card> of(List<OptimizerSpec> optimizers, Function<OptimizerSpec, VerdictView> verdicts) {
        return optimizers.stream().distinct().map(o -> card(o, verdicts.apply(o))).toList();
    }

    private static Card card(OptimizerSpec optimizer, VerdictView verdict) {
        Formulas.Formula formula = TEXT.of(optimizer.name());
        var hyperparameters = new ArrayList<Hyperparameter>();
        hyperparameters.add(hyperparameter("lr", optimizer.learningRate()));
        new TreeMap<>(optimizer.params()).forEach((key, value) -> hyperparameters.add(hyperparameter(key, value)));
        boolean twin = OptimizerCatalog.runsOnTensorFlow(optimizer.name());
        String tensorflow = twin ? formula.tensorflow().className() + ": " + formula.tensorflow().kernel() : NoTwin.TEXT;
        return new Card(anchor(optimizer), optimizer.label(), formula.title(), formula.state(), formula.equations().lines().toList(),
                hyperparameters, optimizer.schedule().label(), TEXT.schedules().get(optimizer.schedule().name()), formula.differs(),
                formula.scratch(), tensorflow, twin, verdict);
    }

    private static Hyperparameter hyperparameter(String key, double value) {
        return new Hyperparameter(TEXT.symbols().get(key), key, String.valueOf(value), Format.float32(value));
    }
}
