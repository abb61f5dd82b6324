package optlab.landscape;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.spec.RunSpec;

/** The training split a run trained on, prepared once per preprocessing and split. */
public final class TrainingSplits implements Function<RunSpec, Dataset> {

    private final Supplier<RawMnist> raw;
    private final Map<String, Dataset> prepared = new HashMap<>();

    public TrainingSplits(Supplier<RawMnist> raw) {
        this.raw = raw;
    }

    @Override
    public Dataset apply(RunSpec run) {
        String key = run.preprocessing() + "/" + run.validationFraction() + "/" + (run.validationFraction() > 0 ? run.seed() : 0);
        return prepared.computeIfAbsent(key, k -> {
            RawMnist mnist = raw.get();
            return Preprocessor.prepare(mnist.train(), mnist.test(), run.preprocessing(), run.validationFraction(), run.seed()).train();
        });
    }
}
