package optlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submit script run by bash against a stand-in {@code sbatch} that records its arguments and
 * runs nothing: the array has a task per shard, the report depends on the array, and each
 * {@code --wrap} command, run as Slurm would, starts optlab with exactly the arguments intended,
 * whatever characters the paths hold. (The real Slurm runs it in the cluster integration test.)
 */
class SlurmScriptTest {

    @TempDir
    Path temp;

    @Test
    void theScriptSubmitsAnArrayAndAReportThatDependsOnIt() throws Exception {
        Path optlab = Files.createDirectories(temp.resolve("opt lab's home"));
        executable(optlab.resolve("optlab"), "#!/bin/bash\nprintf '%s\\n' \"$@\" > \"$OPTLAB_CALLS/$$.args\"\n"
                + "echo \"OMP=$OMP_NUM_THREADS JAVA=$OPTLAB_JAVA_OPTS\" >> \"$OPTLAB_CALLS/$$.args\"\n");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        // Records its arguments, one per line, and answers as --parsable does: "jobid;cluster".
        executable(bin.resolve("sbatch"), "#!/bin/bash\nn=$(ls \"$SBATCH_CALLS\" | wc -l)\nprintf '%s\\n' \"$@\" > \"$SBATCH_CALLS/$n\"\n"
                + "echo \"$((100 + n));cluster\"\n");
        Path store = temp.resolve("store with space");
        var study = new ClusterStudy("tuned-optimizers", "tuned-optimizers", 60, 3, 2, 8, store.toString());
        Path script = Files.writeString(temp.resolve("sweep.sh"), new SlurmScript(study, optlab.toString(), "01:00:00", "short").text());

        Path sbatchCalls = Files.createDirectories(temp.resolve("sbatch"));
        Path optlabCalls = Files.createDirectories(temp.resolve("optlab"));
        String output = bash(List.of(script.toString()), bin, sbatchCalls, optlabCalls);
        assertTrue(output.contains("submitted: shards as job 100, the report as job 101"), output);
        assertTrue(Files.isDirectory(store.resolve("slurm")), "the log folder exists before sbatch needs it");

        List<String> array = Files.readAllLines(sbatchCalls.resolve("0"));
        assertTrue(array.containsAll(List.of("--parsable", "--array=0-2", "--cpus-per-task=2", "--mem=8G", "--time=01:00:00", "--partition=short",
                "--output=" + store + "/slurm/shard-%a.log")), array.toString());
        List<String> report = Files.readAllLines(sbatchCalls.resolve("1"));
        assertTrue(report.contains("--dependency=afterany:100"), report.toString());

        clear(optlabCalls);
        bash(List.of("-c", wrap(array)), bin, sbatchCalls, optlabCalls);
        assertEquals(List.of("report", "tuned-optimizers", "--shard", "auto", "--out", store.toString(), "OMP=2 JAVA=-Xmx6g"), onlyCall(optlabCalls));
        clear(optlabCalls);
        bash(List.of("-c", wrap(report)), bin, sbatchCalls, optlabCalls);
        assertEquals(List.of("report", "tuned-optimizers", "--from", store.toString()), onlyCall(optlabCalls).subList(0, 4));
    }

    private static String wrap(List<String> arguments) {
        return arguments.stream().filter(a -> a.startsWith("--wrap=")).findFirst().orElseThrow().substring("--wrap=".length());
    }

    private static List<String> onlyCall(Path calls) throws IOException {
        try (var files = Files.list(calls)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return Files.readAllLines(all.get(0));
        }
    }

    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static String bash(List<String> args, Path bin, Path sbatchCalls, Path optlabCalls) throws Exception {
        var command = new java.util.ArrayList<>(List.of("bash"));
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("SBATCH_CALLS", sbatchCalls.toString());
        builder.environment().put("OPTLAB_CALLS", optlabCalls.toString());
        Process bash = builder.start();
        String output = new String(bash.getInputStream().readAllBytes());
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), output);
        return output;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
