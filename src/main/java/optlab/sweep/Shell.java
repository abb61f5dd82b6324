package optlab.sweep;

/** Quoting for the generated shell scripts: a word is passed exactly as given. */
final class Shell {

    private Shell() {
    }

    /** The word in single quotes, a quote inside it as {@code '\''}; plain words stay bare. */
    static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
