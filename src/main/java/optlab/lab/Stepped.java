package optlab.lab;

import java.util.Map;

/** A tensor after one update: its weights and the rule's named state arrays. */
public record Stepped(float[] w, Map<String, float[]> state) {
}
