package optlab.doctor;

/**
 * One line of {@code optlab doctor}: what was looked at, what was found, and when something a
 * user may want is missing, what to do about it.
 *
 * @param remedy null when nothing needs doing
 */
public record Finding(String section, String name, String value, String remedy) {

    static Finding fact(String section, String name, String value) {
        return new Finding(section, name, value, null);
    }
}
