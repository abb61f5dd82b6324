package optlab.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import optlab.run.Machine;
import optlab.tf.TensorFlowDevices;
import org.nd4j.linalg.factory.Nd4j;
import org.tensorflow.TensorFlow;

/**
 * What each backend sees on this machine, for {@code optlab doctor}: the JVM, the CPU and its
 * vector features, thread settings, TensorFlow's build and devices, ND4J's backend, and the NVIDIA
 * driver and CUDA libraries a GPU run needs, each with a remedy when something is missing.
 */
public final class Checkup {

    private static final String GPU_BUILD = "linux-x86_64-gpu";

    private Checkup() {
    }

    public static List<Finding> run() {
        var findings = new ArrayList<Finding>();
        Properties versions = Machine.versions();
        findings.add(Finding.fact("optlab", "version", versions.getProperty("optlab", "unknown")));
        findings.add(Finding.fact("java", "runtime", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")));
        findings.add(Finding.fact("java", "max heap", (Runtime.getRuntime().maxMemory() >> 20) + " MiB (OPTLAB_JAVA_OPTS sets it)"));
        findings.add(Finding.fact("cpu", "model", Machine.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores"));
        List<String> features = Machine.vectorFeatures();
        findings.add(new Finding("cpu", "vector features", features.isEmpty() ? "none found" : String.join(" ", features),
                features.contains("avx2") ? null : "TensorFlow's and OpenBLAS's fast kernels need AVX2; expect slow runs"));
        String omp = System.getenv("OMP_NUM_THREADS");
        findings.add(new Finding("threads", "OMP_NUM_THREADS", omp == null ? "(unset)" : omp,
                omp == null ? "unset: ND4J uses every core, 3-4x slower on small models; the ./optlab launcher sets 1" : null));
        findings.add(Finding.fact("threads", "TensorFlow", "intra-op = inter-op = the experiment's training.threads (default 1)"));
        tensorflow(findings, versions);
        nd4j(findings, versions);
        nvidia(findings);
        return findings;
    }

    private static void tensorflow(List<Finding> findings, Properties versions) {
        String build = TensorFlowDevices.nativeBuild();
        findings.add(Finding.fact("tensorflow", "version", "TensorFlow Java " + versions.getProperty("tensorflow") + ", runtime " + TensorFlow.version()));
        findings.add(new Finding("tensorflow", "native build", build == null ? "none on the class path" : build,
                build == null ? "rebuild optlab: mvn -B compile" : null));
        List<TensorFlowDevices.Seen> seen = TensorFlowDevices.seen();
        for (TensorFlowDevices.Seen device : seen) {
            findings.add(Finding.fact("tensorflow", "device", device.name() + " (" + device.type()
                    + (device.memoryBytes() > 0 ? ", " + (device.memoryBytes() >> 20) + " MiB" : "") + ")"));
        }
        boolean gpu = seen.stream().anyMatch(d -> d.type().equals("GPU"));
        if (!gpu) {
            findings.add(new Finding("tensorflow", "GPU", "none seen", GPU_BUILD.equals(build)
                    ? "the GPU build is loaded but sees no GPU: check the NVIDIA driver and that CUDA 12.3 and cuDNN 8.9 are on LD_LIBRARY_PATH"
                    : "this is the CPU build; for GPU runs, on a machine with an NVIDIA GPU: OPTLAB_PROFILE=gpu ./optlab doctor"));
        }
        String onednn = System.getenv("TF_ENABLE_ONEDNN_OPTS");
        findings.add(Finding.fact("tensorflow", "TF_ENABLE_ONEDNN_OPTS", onednn == null ? "(unset: oneDNN on, TensorFlow's default)" : onednn));
    }

    private static void nd4j(List<Finding> findings, Properties versions) {
        findings.add(Finding.fact("nd4j", "version", versions.getProperty("nd4j") + ", javacpp " + versions.getProperty("javacpp")
                + ", OpenBLAS " + versions.getProperty("openblas")));
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        findings.add(Finding.fact("nd4j", "backend", env.getProperty("backend", Nd4j.getBackend().getClass().getSimpleName())
                + ", BLAS " + env.getProperty("blas.vendor", "?") + ", " + Nd4j.getEnvironment().maxThreads() + " threads"));
        // ND4J M2.1's CUDA backend needs javacpp 1.5.7 and CUDA 11.6, TensorFlow Java 1.0.0 javacpp 1.5.10 and CUDA 12.3.
        findings.add(Finding.fact("nd4j", "GPU", "never: the scratch network runs on the CPU in every build, as ND4J's CUDA backend "
                + "cannot share a JVM with TensorFlow Java (README, GPU)"));
    }

    private static void nvidia(List<Finding> findings) {
        Path driver = Path.of("/proc/driver/nvidia/version");
        String version = Files.isReadable(driver) ? firstLine(driver) : null;
        findings.add(new Finding("gpu", "NVIDIA driver", version == null ? "none" : version,
                version == null ? "no NVIDIA driver is loaded: GPU runs need one (and a GPU)" : null));
        String libraries = ldconfig();
        for (String library : new String[] {"libcudart.so.12", "libcublas.so.12", "libcudnn.so.8"}) {
            boolean found = libraries.contains(library);
            findings.add(new Finding("gpu", library, found ? "found" : "not found",
                    found || version == null ? null : "TensorFlow 2.16's GPU build needs CUDA 12.3 and cuDNN 8.9: install them or add them to LD_LIBRARY_PATH"));
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** The dynamic linker's cache and LD_LIBRARY_PATH's files, as one text to search. */
    private static String ldconfig() {
        var text = new StringBuilder();
        try {
            Process p = new ProcessBuilder("ldconfig", "-p").redirectErrorStream(true).start();
            text.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ldconfig: only LD_LIBRARY_PATH is searched
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String path = System.getenv("LD_LIBRARY_PATH");
        if (path != null) {
            for (String folder : path.split(":")) {
                try (var files = Files.list(Path.of(folder))) {
                    files.forEach(f -> text.append(' ').append(f.getFileName()));
                } catch (IOException | RuntimeException e) {
                    // a folder that is not there holds nothing
                }
            }
        }
        return text.toString();
    }
}
