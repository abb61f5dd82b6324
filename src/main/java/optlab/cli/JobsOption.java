package optlab.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --jobs N}: how many worker processes train an experiment's runs at once. */
final class JobsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Integer jobs;

    @Option(names = "--jobs", paramLabel = "N", description = "Train N runs at once, each in a worker process of its own with one-threaded "
            + "ND4J and TensorFlow, into the same results store; the results are those of one process, bit for bit, but the seconds "
            + "per epoch include the contention and the report marks them so (default: the number of cores, at most the runs still to train, and 1 on a GPU; 1 trains in this process).")
    void jobs(int n) {
        if (n < 1) {
            throw new ParameterException(command.commandLine(), "--jobs: the number of runs trained at once must be at least 1, got " + n);
        }
        jobs = n;
    }

    /** The worker processes for {@code toTrain} runs: as asked, else {@code perDefault} (one per core), never more than the runs. */
    int choose(int perDefault, int toTrain) {
        return choose(jobs, perDefault, toTrain);
    }

    static int choose(Integer asked, int perDefault, int toTrain) {
        return Math.max(1, Math.min(asked != null ? asked : perDefault, toTrain));
    }

    boolean given() {
        return jobs != null;
    }
}
