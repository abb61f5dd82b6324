package optlab.scratch.layer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Buffers made once per batch size (a full batch, the last batch of an epoch, an evaluation chunk) and reused. */
public final class PerRows<T> {

    private final Map<Integer, T> made = new HashMap<>();
    private final IntFunction<T> make;

    public PerRows(IntFunction<T> make) {
        this.make = make;
    }

    public T get(int rows) {
        return made.computeIfAbsent(rows, make::apply);
    }
}
