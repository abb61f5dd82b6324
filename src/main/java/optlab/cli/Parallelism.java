package optlab.cli;

/**
 * How an experiment's runs may train at once: {@code --jobs}, whether the workers' own logs are shown (--verbose), and
 * whether the workers also compute the lockstep verdicts, which {@code report} draws and {@code train} does not need.
 */
record Parallelism(JobsOption jobs, boolean verbose, boolean verdicts) {
}
