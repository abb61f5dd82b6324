package optlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The manifest against Kubernetes' own object model (fabric8's, generated from the API's OpenAPI
 * schema): every field is one the API knows, every value has its type, and the Indexed Job runs
 * one pod per shard with what {@code --shard auto} reads.
 */
class IndexedJobManifestTest {

    private static final YAMLMapper STRICT = strictMapper();

    private static YAMLMapper strictMapper() {
        var mapper = new YAMLMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // The API server is Go: a number where a string belongs (an env value) is refused, not converted.
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    private static final ClusterStudy STUDY = new ClusterStudy("tuned-optimizers", "tuned-optimizers", 60, 3, 2, 8, "/store/tuned-optimizers");

    @Test
    void aPresetStudyIsAnIndexedJobOfOnePodPerShardAndAReportJob() throws Exception {
        List<Object> objects = parse(new IndexedJobManifest(STUDY, "registry.example/optlab:0.1", "/optlab", "optlab-store", null).text());
        assertEquals(2, objects.size());
        Job shards = (Job) objects.get(0);
        assertEquals("Indexed", shards.getSpec().getCompletionMode());
        assertEquals(3, shards.getSpec().getCompletions());
        assertEquals(3, shards.getSpec().getParallelism());
        Container shard = shards.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("./optlab", "report", "tuned-optimizers", "--shard", "auto", "--out", "/store/tuned-optimizers"), shard.getCommand());
        assertEquals("registry.example/optlab:0.1", shard.getImage());
        assertEquals("/optlab", shard.getWorkingDir());
        assertEquals(Map.of("OPTLAB_SHARDS", "3", "OMP_NUM_THREADS", "2", "OPTLAB_JAVA_OPTS", "-Xmx6g"), env(shard));
        assertEquals(new Quantity("2"), shard.getResources().getLimits().get("cpu"));
        assertEquals(new Quantity("8Gi"), shard.getResources().getRequests().get("memory"));
        assertEquals("/store", shard.getVolumeMounts().get(0).getMountPath());
        assertEquals("optlab-store", shards.getSpec().getTemplate().getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName());

        Job report = (Job) objects.get(1);
        assertNull(report.getSpec().getCompletionMode());
        Container drawer = report.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("./optlab", "report", "tuned-optimizers", "--from", "/store/tuned-optimizers", "--wait"), drawer.getCommand());
        for (Job job : List.of(shards, report)) {
            assertTrue(job.getMetadata().getName().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") && job.getMetadata().getName().length() <= 63,
                    job.getMetadata().getName());
        }
    }

    @Test
    void aStudyFileTravelsInAConfigMapMountedInEveryPod() throws Exception {
        String yaml = "name: My Study_2\nmodel: {layers: [784, 8, 10]}\noptimizers: [sgd]\n";
        var study = new ClusterStudy("mine.yaml", "My-Study_2", 1, 1, 1, 4, "/store/My-Study_2");
        List<Object> objects = parse(new IndexedJobManifest(study, "optlab", "/optlab", "store", yaml).text());
        ConfigMap map = (ConfigMap) objects.get(0);
        assertEquals(yaml, map.getData().get("My-Study_2.yaml"), "the file, byte for byte");
        Job shards = (Job) objects.get(1);
        assertEquals("optlab-my-study-2-shards", shards.getMetadata().getName());
        Container shard = shards.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("/study/My-Study_2.yaml", shard.getCommand().get(2));
        assertEquals(map.getMetadata().getName(), shards.getSpec().getTemplate().getSpec().getVolumes().get(1).getConfigMap().getName());
    }

    private static Map<String, String> env(Container container) {
        var env = new java.util.LinkedHashMap<String, String>();
        for (EnvVar variable : container.getEnv()) {
            env.put(variable.getName(), variable.getValue());
        }
        return env;
    }

    /** Each document as its Kubernetes object, refusing any field the model does not know. */
    private static List<Object> parse(String manifest) throws Exception {
        var objects = new ArrayList<Object>();
        for (String document : manifest.split("(?m)^---$")) {
            JsonNode tree = STRICT.readTree(document);
            Class<?> kind = switch (tree.get("kind").asText()) {
                case "Job" -> Job.class;
                case "ConfigMap" -> ConfigMap.class;
                default -> throw new AssertionError("unexpected kind " + tree.get("kind"));
            };
            Object object = STRICT.treeToValue(tree, kind);
            assertNoUnknownFields(object, kind.getSimpleName());
            objects.add(object);
        }
        return objects;
    }

    /** fabric8 keeps fields it does not know in additionalProperties instead of failing: none may be there. */
    private static void assertNoUnknownFields(Object object, String path) throws Exception {
        if (object == null || !object.getClass().getName().startsWith("io.fabric8")) {
            if (object instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    assertNoUnknownFields(item, path + "[" + i++ + "]");
                }
            }
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() > 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = getter.invoke(object);
            if (getter.getName().equals("getAdditionalProperties")) {
                assertTrue(((Map<?, ?>) value).isEmpty(), path + " has fields Kubernetes does not know: " + value);
            } else if (!(object instanceof Quantity)) {
                assertNoUnknownFields(value, path + "." + getter.getName().substring(3));
            }
        }
    }
}
