package optlab.bench;

import java.util.Arrays;
import java.util.List;

/**
 * One case's timings: seconds per epoch of each trainer over the repeats (training steps only,
 * scaled to a 60,000-example epoch), of a peer library's network when one was timed (else
 * {@code peerName} null and {@code peer} empty), and the machine's matrix-product speed on its shapes.
 */
public record BenchResult(String name, int batchSize, List<Double> scratch, List<Double> tensorflow, String peerName, List<Double> peer,
        double gemmGflops, long stepMultiplyAdds, int stepsPerEpoch) {

    public boolean hasPeer() {
        return peerName != null;
    }

    public double median(List<Double> seconds) {
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public double min(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Scratch's median over TensorFlow's: below 1, the hand-written network is faster. */
    public double ratio() {
        return median(scratch) / median(tensorflow);
    }

    public double samplesPerSecond(List<Double> seconds) {
        return (double) stepsPerEpoch * batchSize / median(seconds);
    }

    /** The share of the machine's matrix-product speed a trainer reaches, counting its steps' multiply-adds only. */
    public double shareOfGemm(List<Double> seconds) {
        double flops = 2.0 * stepMultiplyAdds * stepsPerEpoch / median(seconds);
        return flops / (gemmGflops * 1e9);
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(scratch.toArray()) + " / " + Arrays.toString(tensorflow.toArray());
    }
}
