package optlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import optlab.results.AtomicFile;
import optlab.results.FolderName;
import optlab.spec.ExperimentFile;
import optlab.spec.ExperimentSpec;
import optlab.spec.SpecException;
import optlab.sweep.ClusterStudy;
import optlab.sweep.IndexedJobManifest;
import optlab.sweep.SlurmScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code optlab sweep slurm|k8s}: what runs a study in shards on a cluster and draws its report. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a study on a cluster in shards that share one results store, then draw its report.",
                "Prints a Slurm submit script or a Kubernetes manifest (or writes it to --out); see the README, Clusters."},
        subcommands = {SweepCommand.Slurm.class, SweepCommand.Kubernetes.class})
final class SweepCommand {

    /** What both engines ask: the study and each shard task's share of the machine. */
    static final class Study {
        @Parameters(index = "0", paramLabel = "STUDY", description = "Preset name or YAML file, as in 'report'.")
        String experiment;

        @Option(names = "--shards", paramLabel = "N", defaultValue = "4", description = "Tasks, one shard each (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--cpus", paramLabel = "C", defaultValue = "1",
                description = "CPUs per task (default: ${DEFAULT-VALUE}; a run is single-threaded, so more help only TensorFlow's ops).")
        int cpus;

        @Option(names = "--memory", paramLabel = "GIB", defaultValue = "8", description = "Memory per task in GiB (default: ${DEFAULT-VALUE}).")
        int memoryGiB;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
        Path out;

        ExperimentSpec spec() {
            return ExperimentFile.resolve(experiment, Home.path().resolve("experiments"));
        }

        ClusterStudy cluster(ExperimentSpec spec, String argument, String store) {
            int runs = spec.runs().size() + spec.tuningRuns().size();
            return new ClusterStudy(argument, FolderName.of(spec.name()).value(), runs, shards, cpus, memoryGiB, store);
        }

        int emit(String text, String how) {
            PrintStream console = System.out;
            if (out == null) {
                console.print(text);
            } else {
                AtomicFile.write(out, text);
                console.println("wrote " + out + "; " + how);
            }
            return 0;
        }
    }

    @Command(name = "slurm", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"A bash script that submits a job array (one task per shard) and a report job that runs after it.",
                    "The optlab folder and the store must be on a filesystem every node sees. Example:",
                    "  optlab sweep slurm tuned-optimizers --shards 8 --out sweep.sh && bash sweep.sh"})
    static final class Slurm implements Callable<Integer> {
        @Mixin
        Study study;

        @Option(names = "--store", paramLabel = "DIR", description = "The shared results store (default: reports/<study>/ in the optlab folder).")
        Path store;

        @Option(names = "--optlab", paramLabel = "DIR", description = "The optlab folder the tasks run in (default: this one).")
        Path optlab;

        @Option(names = "--time", paramLabel = "LIMIT", description = "Time limit per task, as sbatch --time takes it (default: the partition's).")
        String time;

        @Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition (default: the cluster's default).")
        String partition;

        @Override
        public Integer call() {
            ExperimentSpec spec = study.spec();
            Path home = optlab == null ? Home.path() : optlab.toAbsolutePath().normalize();
            Path shared = store != null ? store.toAbsolutePath().normalize() : home.resolve("reports").resolve(FolderName.of(spec.name()).value());
            String argument = ExperimentFile.isFile(study.experiment) ? Path.of(study.experiment).toAbsolutePath().normalize().toString()
                    : study.experiment;
            var script = new SlurmScript(study.cluster(spec, argument, shared.toString()), home.toString(), time, partition);
            return study.emit(script.text(), "submit it with: bash " + study.out);
        }
    }

    @Command(name = "k8s", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"A manifest: an Indexed Job (one pod per shard) and a Job that draws the report once every run is stored.",
                    "The store is a ReadWriteMany PersistentVolumeClaim; a study file travels in a ConfigMap. Example:",
                    "  optlab sweep k8s tuned-optimizers --image registry.example/optlab:0.1 --shards 8 | kubectl apply -f -"})
    static final class Kubernetes implements Callable<Integer> {
        @Mixin
        Study study;

        @Option(names = "--image", paramLabel = "IMAGE", required = true, description = "Container image with optlab built in --workdir.")
        String image;

        @Option(names = "--workdir", paramLabel = "DIR", defaultValue = "/optlab", description = "The optlab folder in the image (default: ${DEFAULT-VALUE}).")
        String workdir;

        @Option(names = "--claim", paramLabel = "NAME", defaultValue = "optlab-store",
                description = "The PersistentVolumeClaim that holds the store (default: ${DEFAULT-VALUE}).")
        String claim;

        @Override
        public Integer call() {
            ExperimentSpec spec = study.spec();
            String folder = FolderName.of(spec.name()).value();
            String file = ExperimentFile.isFile(study.experiment) ? read(Path.of(study.experiment)) : null;
            var manifest = new IndexedJobManifest(study.cluster(spec, study.experiment, "/store/" + folder), image, workdir, claim, file);
            return study.emit(manifest.text(), "apply it with: kubectl apply -f " + study.out);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new SpecException("cannot read experiment file " + file + ": " + optlab.io.IoReason.of(e));
            }
        }
    }
}
