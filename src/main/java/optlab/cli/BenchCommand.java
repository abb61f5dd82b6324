package optlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import optlab.bench.Bench;
import optlab.bench.BenchCase;
import optlab.bench.BenchResult;
import optlab.bench.PeerLibrary;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.report.TextTable;
import optlab.run.Machine;
import optlab.spec.Activation;
import optlab.spec.Choices;
import optlab.spec.ExperimentFile;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.Preprocessing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code optlab bench}: seconds per epoch of both trainers side by side, in one process, on the standard cases. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time both trainers side by side in one process on the same batches: a warm-up, then repeats in turn"
                + " (scratch, TensorFlow, scratch, ...). Training steps only, scaled to an epoch of 60,000 examples; the"
                + " machine's sgemm speed on each case's shapes for context. Built with OPTLAB_PROFILE=dl4j, DL4J's"
                + " MultiLayerNetwork is timed too, on the MLP cases.%n%nExample: optlab bench --cases 784-128-10 --json")
final class BenchCommand implements Callable<Integer> {

    /** Measured: below about half an epoch of warm-up the JIT is still compiling and the scratch side reads up to 70% slow. */
    private static final int WARMUP_EXAMPLES = 30_000;
    private static final int TIMED_EXAMPLES = 16_000;

    @Option(names = "--cases", paramLabel = "LIST", split = ",", defaultValue = "784-128-10,784-32-10,784-500-250-100-10,cnn",
            description = "Which cases (default: ${DEFAULT-VALUE}).")
    List<String> cases;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "5", description = "Timed repeats per trainer (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--steps", paramLabel = "N",
            description = "Training steps per repeat (default: 16,000 examples' worth, 500 steps at batch 32).")
    Integer steps;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Untimed steps per trainer first, for the JIT to settle (default: 30,000 examples' worth, 938 steps at batch 32).")
    Integer warmup;

    @Option(names = "--json", description = "Print the results as JSON instead of a table (default: a table).")
    boolean json;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        PrintStream console = System.out;
        Map<String, BenchCase> known = standard();
        var chosen = new ArrayList<BenchCase>();
        for (String name : cases) {
            BenchCase c = known.get(name.trim());
            if (c == null) {
                throw Choices.unknown("bench case", name.trim(), List.copyOf(known.keySet()));
            }
            chosen.add(c);
        }
        RawMnist raw = data.load(line -> { });
        Dataset train = Preprocessor.prepare(raw.train(), raw.test(), Preprocessing.SCALE, 0, 42).train();
        Optional<PeerLibrary> peer = PeerLibrary.installed();
        var results = new ArrayList<BenchResult>();
        for (BenchCase c : chosen) {
            int timed = steps != null ? steps : TIMED_EXAMPLES / c.batchSize();
            int warm = warmup != null ? warmup : WARMUP_EXAMPLES / c.batchSize();
            results.add(new Bench(train, warm, timed, repeats, peer, json ? line -> { } : console::println).run(c));
        }
        if (json) {
            console.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(results)));
        } else {
            console.println();
            environment(peer).forEach((k, v) -> console.println(k + ": " + v));
            console.println();
            console.print(table(results));
            if (results.stream().anyMatch(BenchResult::hasPeer)) {
                console.println();
                console.print(peerTable(peer.get().name(), results));
            }
        }
        return 0;
    }

    static Map<String, BenchCase> standard() {
        var cases = new LinkedHashMap<String, BenchCase>();
        cases.put("784-128-10", new BenchCase("784-128-10", ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0), 32));
        cases.put("784-32-10", new BenchCase("784-32-10", ModelSpec.mlp(784, List.of(32), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0), 32));
        cases.put("784-500-250-100-10", new BenchCase("784-500-250-100-10",
                ModelSpec.mlp(784, List.of(500, 250, 100), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0), 64));
        cases.put("cnn", new BenchCase("cnn", ExperimentFile.resolve("cnn", Home.path().resolve("experiments")).model(), 64));
        return cases;
    }

    /** What the numbers depend on besides the code: the machine, the JVM and its flags, the threads, the libraries. */
    static Map<String, String> environment(Optional<PeerLibrary> peer) {
        Properties versions = Machine.versions();
        var e = new LinkedHashMap<String, String>();
        e.put("machine", Machine.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + String.join(" ", Machine.vectorFeatures()));
        e.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        e.put("threads", "OMP_NUM_THREADS=" + System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)") + ", TensorFlow intra = inter = " + Bench.TENSORFLOW_THREADS);
        e.put("libraries", "TensorFlow Java " + versions.getProperty("tensorflow") + ", ND4J " + versions.getProperty("nd4j")
                + ", OpenBLAS " + versions.getProperty("openblas") + peer.map(p -> ", " + p.version()).orElse(""));
        return e;
    }

    private static String table(List<BenchResult> results) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("case", "batch", "scratch s/epoch", "tensorflow s/epoch", "ratio", "samples/s", "sgemm GFLOP/s", "of sgemm"));
        for (BenchResult r : results) {
            rows.add(List.of(r.name(), String.valueOf(r.batchSize()), spread(r, r.scratch()), spread(r, r.tensorflow()),
                    String.format(Locale.ROOT, "%.2f", r.ratio()),
                    String.format(Locale.ROOT, "%.0f / %.0f", r.samplesPerSecond(r.scratch()), r.samplesPerSecond(r.tensorflow())),
                    String.format(Locale.ROOT, "%.1f", r.gemmGflops()),
                    String.format(Locale.ROOT, "%.0f%% / %.0f%%", 100 * r.shareOfGemm(r.scratch()), 100 * r.shareOfGemm(r.tensorflow()))));
        }
        return TextTable.render(rows, c -> c == 0, true) + "ratio: scratch / TensorFlow (median over the repeats); samples/s and"
                + " of sgemm: scratch / TensorFlow\n";
    }

    /** The peer library's column, apart so that the main table keeps its width: its time and where it stands against both trainers. */
    private static String peerTable(String name, List<BenchResult> results) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("case", name + " s/epoch", "scratch / " + name, name + " / tensorflow"));
        for (BenchResult r : results) {
            if (r.hasPeer()) {
                double peer = r.median(r.peer());
                rows.add(List.of(r.name(), spread(r, r.peer()), String.format(Locale.ROOT, "%.2f", r.median(r.scratch()) / peer),
                        String.format(Locale.ROOT, "%.2f", peer / r.median(r.tensorflow()))));
            }
        }
        return TextTable.render(rows, c -> c == 0, true) + name + ": the same network, weights and batches, plain SGD;"
                + " cases it cannot build are left out\n";
    }

    /** "0.83 (0.80-0.88)": the median and the range over the repeats. */
    private static String spread(BenchResult r, List<Double> seconds) {
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", r.median(seconds), r.min(seconds), r.max(seconds));
    }

    private static ObjectNode json(List<BenchResult> results) {
        var mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode env = root.putObject("environment");
        environment(PeerLibrary.installed()).forEach(env::put);
        var cases = root.putArray("cases");
        for (BenchResult r : results) {
            ObjectNode c = cases.addObject();
            c.put("case", r.name());
            c.put("batch_size", r.batchSize());
            c.set("scratch_seconds_per_epoch", mapper.valueToTree(r.scratch()));
            c.set("tensorflow_seconds_per_epoch", mapper.valueToTree(r.tensorflow()));
            c.put("scratch_median", r.median(r.scratch()));
            c.put("tensorflow_median", r.median(r.tensorflow()));
            c.put("ratio", r.ratio());
            c.put("sgemm_gflops", r.gemmGflops());
            if (r.hasPeer()) {
                ObjectNode p = c.putObject("peer");
                p.put("library", r.peerName());
                p.set("seconds_per_epoch", mapper.valueToTree(r.peer()));
                p.put("median", r.median(r.peer()));
            }
        }
        return root;
    }
}
