package optlab.sweep;

/**
 * A study as a cluster runs it: the experiment argument the tasks pass to {@code optlab report},
 * its folder name (for job and file names), how many runs it has, and what every shard task gets.
 *
 * @param experiment a preset name or a path the tasks can read
 * @param runs the runs of the study and its learning-rate search, for the generated comments
 * @param memoryGiB each task's memory; the JVM gets all but {@link #NATIVE_GIB} of it, the rest is
 *     for ND4J's and TensorFlow's native buffers
 * @param store the results store the shards share, as the tasks see it
 */
public record ClusterStudy(String experiment, String folder, int runs, int shards, int cpus, int memoryGiB, String store) {

    static final int NATIVE_GIB = 2;

    public ClusterStudy {
        if (shards < 1 || shards > Shard.MAX_COUNT) {
            throw new IllegalArgumentException("--shards must be 1 to " + Shard.MAX_COUNT + ", got " + shards);
        }
        if (shards > runs) {
            throw new IllegalArgumentException("--shards " + shards + " is more than the " + runs + " runs of " + folder
                    + ": give at most " + runs);
        }
        if (cpus < 1) {
            throw new IllegalArgumentException("--cpus must be at least 1, got " + cpus);
        }
        if (memoryGiB <= NATIVE_GIB) {
            throw new IllegalArgumentException("--memory must be more than " + NATIVE_GIB + " GiB (the native libraries' share), got " + memoryGiB);
        }
    }

    /** The JVM options of a task: a heap that leaves the native libraries their share of the task's memory. */
    String javaOptions() {
        return "-Xmx" + (memoryGiB - NATIVE_GIB) + "g";
    }
}
