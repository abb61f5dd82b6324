package optlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import optlab.doctor.Checkup;
import optlab.doctor.Finding;
import picocli.CommandLine.Command;

/** {@code optlab doctor}: what each backend sees here, and what to do where something is missing. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Print what TensorFlow and ND4J see on this machine: versions, native build, devices, CPU features,",
                "thread settings, the NVIDIA driver and CUDA libraries; a line starting with '->' says what to do."})
final class DoctorCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintStream console = System.out;
        List<Finding> findings = Checkup.run();
        String section = null;
        for (Finding finding : findings) {
            if (!finding.section().equals(section)) {
                section = finding.section();
                console.println(section);
            }
            console.print(wrapped(String.format("  %-22s ", finding.name()), finding.value()));
            if (finding.remedy() != null) {
                console.print(wrapped("    -> ", finding.remedy()));
            }
        }
        return 0;
    }

    /** The text after {@code lead}, folded at spaces to 80 columns, continuation lines indented as far as the lead. */
    static String wrapped(String lead, String text) {
        var out = new StringBuilder(lead);
        int column = lead.length();
        for (String word : text.split(" ")) {
            if (column > lead.length() && column + 1 + word.length() > WIDTH) {
                out.append(System.lineSeparator()).append(" ".repeat(lead.length()));
                column = lead.length();
            } else if (column > lead.length()) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.append(System.lineSeparator()).toString();
    }

    private static final int WIDTH = 80;
}
