package optlab.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import optlab.results.Provenance;
import optlab.spec.Device;
import optlab.spec.ExperimentSpec;
import optlab.tf.TensorFlowDevices;

/** Gathers what a reader needs to reproduce or judge an experiment's numbers. */
public final class ProvenanceCollector {

    private ProvenanceCollector() {
    }

    public static Provenance collect(ExperimentSpec spec, Path home, String commandLine) {
        Properties versions = Machine.versions();
        var e = new LinkedHashMap<String, String>();
        e.put("experiment", spec.name());
        e.put("seed", String.valueOf(spec.seed()));
        e.put("command", commandLine);
        e.put("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        e.put("git commit", git(home));
        e.put("optlab", versions.getProperty("optlab"));
        e.put("TensorFlow Java", versions.getProperty("tensorflow") + " (native TensorFlow " + org.tensorflow.TensorFlow.version() + ")");
        e.put("ND4J", versions.getProperty("nd4j") + " (javacpp " + versions.getProperty("javacpp") + ", OpenBLAS " + versions.getProperty("openblas") + ")");
        e.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        e.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        e.put("device", "CPU: " + Machine.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores" + (spec.device() == Device.GPU
                ? "; TensorFlow on " + String.join(", ", TensorFlowDevices.seen().stream().filter(d -> d.type().equals("GPU")).map(TensorFlowDevices.Seen::name).toList())
                + " (" + TensorFlowDevices.nativeBuild() + "), scratch on the CPU" : ""));
        e.put("threads", "TensorFlow intra-op = inter-op = " + spec.threads() + "; ND4J OMP_NUM_THREADS = " + env("OMP_NUM_THREADS"));
        e.put("TF_ENABLE_ONEDNN_OPTS", env("TF_ENABLE_ONEDNN_OPTS"));
        return new Provenance(e);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "(unset)" : value;
    }

    private static String git(Path home) {
        try {
            Process p = new ProcessBuilder("git", "-C", home.toString(), "describe", "--always", "--dirty", "--abbrev=12")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
