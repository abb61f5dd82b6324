package optlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;

/**
 * The runs of one configuration (model variant and optimizer) on one implementation, one per seed:
 * what a study compares, and what one line (mean and band) on a chart stands for.
 *
 * @param colour the configuration's index in experiment order, shared by its two implementations
 */
record RunGroup(String configuration, Implementation implementation, int colour, List<RunResult> runs) {

    RunGroup {
        runs = List.copyOf(runs);
    }

    /** The groups in the order their first runs appear. */
    static List<RunGroup> of(ExperimentSpec spec, List<RunResult> runs) {
        Map<String, Integer> colours = new LinkedHashMap<>();
        Map<String, List<RunResult>> members = new LinkedHashMap<>();
        Map<String, String> configurations = new LinkedHashMap<>();
        for (RunResult run : runs) {
            String configuration = spec.configuration(run.spec());
            colours.putIfAbsent(configuration, colours.size());
            String key = configuration + "\u0000" + run.spec().implementation().id();
            configurations.putIfAbsent(key, configuration);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
        }
        var groups = new ArrayList<RunGroup>();
        members.forEach((key, group) -> groups.add(new RunGroup(configurations.get(key), group.get(0).spec().implementation(),
                colours.get(configurations.get(key)), group)));
        return groups;
    }

    /** The group among {@code groups} that holds {@code run}. */
    static RunGroup holding(List<RunGroup> groups, RunResult run) {
        return groups.stream().filter(g -> g.runs().contains(run)).findFirst().orElseThrow();
    }

    /** "activation=tanh · sgd(lr=0.01) · scratch" */
    String label() {
        return configuration + " · " + implementation.id();
    }

    List<RunResult> completed() {
        return runs.stream().filter(r -> !r.diverged()).toList();
    }
}
