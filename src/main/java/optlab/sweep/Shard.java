package optlab.sweep;

import java.util.Map;
import optlab.spec.SpecException;

/**
 * One of {@code count} shards of a study, numbered from 1, as {@code --shard I/N} names it. With
 * {@code --shard auto} the scheduler's 0-based array index says which: Slurm's
 * {@code SLURM_ARRAY_TASK_ID} of {@code SLURM_ARRAY_TASK_COUNT}, or a Kubernetes Indexed Job's
 * {@code JOB_COMPLETION_INDEX} of {@code OPTLAB_SHARDS} (which the generated manifest sets, as
 * Kubernetes does not tell a pod the job's completions).
 */
public record Shard(int index, int count) {

    /** More shards than this are a typo, not a cluster. */
    static final int MAX_COUNT = 10_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT) {
            throw new SpecException("--shard: the number of shards must be 1 to " + MAX_COUNT + ", got " + count);
        }
        if (index < 1 || index > count) {
            throw new SpecException("--shard: shard " + index + " of " + count + " does not exist (shards are 1 to " + count + ")");
        }
    }

    /** "I/N", or "auto" read from the scheduler's variables in {@code env}. */
    public static Shard parse(String text, Map<String, String> env) {
        String value = text.trim();
        if (value.equals("auto")) {
            return fromScheduler(env);
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new SpecException("--shard: expected I/N (e.g. 2/4) or auto, got '" + text + "'");
        }
        return new Shard(number(value.substring(0, slash), text), number(value.substring(slash + 1), text));
    }

    private static Shard fromScheduler(Map<String, String> env) {
        if (env.containsKey("SLURM_ARRAY_TASK_ID")) {
            return fromIndex(env, "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT");
        }
        if (env.containsKey("JOB_COMPLETION_INDEX")) {
            return fromIndex(env, "JOB_COMPLETION_INDEX", "OPTLAB_SHARDS");
        }
        throw new SpecException("--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX "
                + "(a Kubernetes Indexed Job) is set; give --shard I/N");
    }

    private static Shard fromIndex(Map<String, String> env, String indexVariable, String countVariable) {
        String count = env.get(countVariable);
        if (count == null) {
            throw new SpecException("--shard auto: " + indexVariable + " is set but " + countVariable + " is not");
        }
        return new Shard(number(env.get(indexVariable), indexVariable + "=" + env.get(indexVariable)) + 1,
                number(count, countVariable + "=" + count));
    }

    private static int number(String digits, String shown) {
        try {
            return Integer.parseInt(digits.trim());
        } catch (NumberFormatException e) {
            throw new SpecException("--shard: '" + shown + "' is not a whole number where one is needed");
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
