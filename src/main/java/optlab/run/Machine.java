package optlab.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Facts about this machine and build that provenance and {@code doctor} report. */
public final class Machine {

    private Machine() {
    }

    /** The library versions the build wrote into versions.properties. */
    public static Properties versions() {
        var p = new Properties();
        try (InputStream in = ProvenanceCollector.class.getResourceAsStream("/optlab/versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // Versions are informative; a missing file leaves them "null" in the report.
        }
        return p;
    }

    /** The CPU's model name, or the architecture where /proc/cpuinfo is not there. */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Not Linux: fall through.
        }
        return System.getProperty("os.arch");
    }

    /** Of the CPU's feature flags, those the math libraries' kernels use (AVX, AVX2, AVX-512, FMA); empty where unknown. */
    public static List<String> vectorFeatures() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("flags")) {
                    List<String> flags = Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
                    return List.of("avx", "avx2", "fma", "avx512f", "avx512_bf16", "amx_tile").stream().filter(flags::contains).toList();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Not Linux.
        }
        return List.of();
    }
}
