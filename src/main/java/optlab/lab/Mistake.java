package optlab.lab;

/**
 * A known mistake of one rule: its id, what it is in words, and the line of the formula it changes,
 * as it should read and as the mistake computes it.
 */
public record Mistake(String id, String name, String correctLine, String wrongLine) {
}
