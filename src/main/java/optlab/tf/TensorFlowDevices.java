package optlab.tf;

import static org.tensorflow.internal.c_api.global.tensorflow.TF_CloseSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteDeviceList;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteGraph;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteSessionOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListCount;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListMemoryBytes;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListName;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListType;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_GetCode;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_Message;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewGraph;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewSessionOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_OK;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.Device;
import optlab.spec.SpecException;
import org.tensorflow.internal.c_api.TF_DeviceList;
import org.tensorflow.internal.c_api.TF_Graph;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;

/**
 * What TensorFlow can run on here: the devices a session sees (TF Java 1.0.0 has no Java API for
 * them, so through its C API) and which native build is on the class path.
 */
public final class TensorFlowDevices {

    /** One device as TensorFlow lists it: "/job:localhost/replica:0/task:0/device:GPU:0", "GPU", bytes. */
    public record Seen(String name, String type, long memoryBytes) {
    }

    private static final String NATIVES = "org/tensorflow/internal/c_api/";
    private static volatile List<Seen> seen;

    private TensorFlowDevices() {
    }

    /** The devices a default session sees, listed once per process. */
    public static List<Seen> seen() {
        if (seen == null) {
            seen = list();
        }
        return seen;
    }

    /** The native build on the class path: linux-x86_64 (CPU) or linux-x86_64-gpu (CUDA), or null when none is. */
    public static String nativeBuild() {
        for (String build : new String[] {"linux-x86_64-gpu", "linux-x86_64", "macosx-arm64", "windows-x86_64"}) {
            if (TensorFlowDevices.class.getClassLoader().getResource(NATIVES + build + "/") != null) {
                return build;
            }
        }
        return null;
    }

    /** Refuses, in one line that says what would help, a GPU run where TensorFlow sees no GPU. */
    public static void require(Device device) {
        if (device == Device.GPU && seen().stream().noneMatch(d -> d.type().equals("GPU"))) {
            String build = nativeBuild();
            throw new SpecException("--device gpu: TensorFlow sees no GPU here (it sees "
                    + String.join(", ", seen().stream().map(d -> d.type() + ":" + d.name().replaceAll(".*:", "")).toList()) + ") "
                    + ("linux-x86_64-gpu".equals(build) ? "although the GPU build is loaded: check the NVIDIA driver, CUDA 12.3 and cuDNN 8.9"
                    : "and this is the CPU build (" + build + "): build with OPTLAB_PROFILE=gpu on a machine with a GPU")
                    + "; './optlab doctor' says more");
        }
    }

    private static List<Seen> list() {
        TF_Status status = TF_NewStatus();
        TF_Graph graph = TF_NewGraph();
        TF_SessionOptions options = TF_NewSessionOptions();
        TF_Session session = TF_NewSession(graph, options, status);
        try {
            check(status);
            TF_DeviceList devices = org.tensorflow.internal.c_api.global.tensorflow.TF_SessionListDevices(session, status);
            check(status);
            var all = new ArrayList<Seen>();
            for (int i = 0; i < TF_DeviceListCount(devices); i++) {
                all.add(new Seen(TF_DeviceListName(devices, i, status).getString(), TF_DeviceListType(devices, i, status).getString(),
                        TF_DeviceListMemoryBytes(devices, i, status)));
            }
            TF_DeleteDeviceList(devices);
            return List.copyOf(all);
        } finally {
            if (session != null && !session.isNull()) {
                TF_CloseSession(session, status);
                TF_DeleteSession(session, status);
            }
            TF_DeleteSessionOptions(options);
            TF_DeleteGraph(graph);
            TF_DeleteStatus(status);
        }
    }

    private static void check(TF_Status status) {
        if (TF_GetCode(status) != TF_OK) {
            throw new IllegalStateException("TensorFlow cannot list its devices: " + TF_Message(status).getString());
        }
    }
}
