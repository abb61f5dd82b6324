package optlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import optlab.spec.SpecException;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void iOverNIsOneBased() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4", Map.of()));
        assertEquals(new Shard(1, 1), Shard.parse(" 1/1 ", Map.of()));
        assertEquals("3/7", new Shard(3, 7).toString());
    }

    @Test
    void autoReadsSlurmsZeroBasedArrayIndex() {
        assertEquals(new Shard(1, 3), Shard.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_COUNT", "3")));
        assertEquals(new Shard(3, 3), Shard.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "3")));
    }

    @Test
    void autoReadsAKubernetesIndexedJobsCompletionIndex() {
        assertEquals(new Shard(5, 8), Shard.parse("auto", Map.of("JOB_COMPLETION_INDEX", "4", "OPTLAB_SHARDS", "8")));
    }

    @Test
    void badShardsAreOneLineNamingTheValue() {
        assertEquals("--shard: shard 5 of 4 does not exist (shards are 1 to 4)", message("5/4", Map.of()));
        assertEquals("--shard: shard 0 of 4 does not exist (shards are 1 to 4)", message("0/4", Map.of()));
        assertEquals("--shard: the number of shards must be 1 to 10000, got 0", message("1/0", Map.of()));
        assertEquals("--shard: expected I/N (e.g. 2/4) or auto, got '3'", message("3", Map.of()));
        assertEquals("--shard: 'a/4' is not a whole number where one is needed", message("a/4", Map.of()));
        assertEquals("--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX "
                + "(a Kubernetes Indexed Job) is set; give --shard I/N", message("auto", Map.of()));
        assertEquals("--shard auto: JOB_COMPLETION_INDEX is set but OPTLAB_SHARDS is not",
                message("auto", Map.of("JOB_COMPLETION_INDEX", "0")));
        assertEquals("--shard: 'SLURM_ARRAY_TASK_ID=x' is not a whole number where one is needed",
                message("auto", Map.of("SLURM_ARRAY_TASK_ID", "x", "SLURM_ARRAY_TASK_COUNT", "2")));
    }

    private static String message(String text, Map<String, String> env) {
        return assertThrows(SpecException.class, () -> Shard.parse(text, env)).getMessage();
    }
}
