package optlab.report;

import java.util.stream.Collectors;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerCatalog.Family;

/**
 * Every optimizer, family by family, as plain text for {@code --help}: its name and defaults, the
 * trainers that run it and its equations from the formula sheet (HTML turned into plain text).
 */
public final class OptimizerTable {

    private static final Formulas TEXT = Formulas.load();

    private OptimizerTable() {
    }

    public static String text() {
        var out = new StringBuilder("Optimizers (name with its defaults; trainers; the update, per weight w with gradient g, rate η):%n");
        for (Family family : Family.values()) {
            out.append("%n").append(family.title()).append(family.tensorflow() ? " - scratch and tensorflow" : " - scratch only").append(":%n");
            for (String name : OptimizerCatalog.names()) {
                if (OptimizerCatalog.family(name) == family) {
                    out.append("  ").append(OptimizerCatalog.parse(name).label()).append("%n      ")
                            .append(plain(TEXT.of(name).equations())).append("%n");
                }
            }
        }
        return out.toString();
    }

    /** The equations on one line, sub- and superscripts as _ and ^, entities decoded. */
    static String plain(String html) {
        return html.lines().map(String::strip).collect(Collectors.joining("; "))
                .replaceAll(" {2,}", " ")
                .replaceAll("<sup>([^<])</sup>", "^$1").replaceAll("<sup>([^<]*)</sup>", "^($1)").replaceAll("<sub>([^<]*)</sub>", "_$1")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("%", "%%");
    }
}
