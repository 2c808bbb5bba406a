package io.drillplan.simulation;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams named by (seed, replication, process, entity), in the manner of SSJ's stream
 * discipline: each team's incidents, each region's weather and each drill's cancellation draw
 * from a stream of their own, so a draw never depends on how many draws other entities made, on
 * the policy being simulated, or on which thread runs the replication.
 */
final class NamedStreams {

    private NamedStreams() {}

    /** The stream of {@code process} (for example "incident") for one entity in one replication. */
    static SplittableRandom stream(long seed, int replication, String process, String entity) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, seed);
        h = mix(h, replication);
        h = mixText(h, process);
        h = mixText(h, entity);
        return new SplittableRandom(finish(h));
    }

    private static long mix(long h, long value) {
        for (int i = 0; i < 8; i++) {
            h ^= (value >>> (8 * i)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mixText(long h, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // The length first, so that ("ab", "c") and ("a", "bc") name different streams.
        h = mix(h, bytes.length);
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The murmur3 finaliser: neighbouring names end up far apart. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A Poisson count with mean {@code lambda}, by inversion (the means here are far below 1). */
    static int poisson(SplittableRandom random, double lambda) {
        if (lambda <= 0) {
            random.nextDouble(); // keep the stream's position independent of the rate
            return 0;
        }
        double u = random.nextDouble();
        double p = Math.exp(-lambda);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= lambda / k;
            cumulative += p;
        }
        return k;
    }

    /** An index drawn with the given non-negative weights (positive sum). */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
