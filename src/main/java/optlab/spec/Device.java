package optlab.spec;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where the TensorFlow graph runs. The scratch network always runs on the CPU: ND4J's CUDA backend
 * cannot share a JVM with TensorFlow Java 1.0.0 (see the README, GPU).
 */
public enum Device {
    CPU, GPU;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Device parse(String text) {
        for (Device device : values()) {
            if (device.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return device;
            }
        }
        throw new SpecException("device must be cpu or gpu, got '" + text + "'");
    }

    /** For {@code @JsonInclude(CUSTOM)}: the CPU is left out of stored specs, so ids from before devices stay as they were. */
    public static final class OmitCpu {
        @Override
        public boolean equals(Object value) {
            return value == null || value == CPU;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
