package io.drillplan.samples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Named random streams derived from one seed. Each county and each team draws from its own
 * stream, so adding a county to a problem leaves the draws of the others unchanged.
 */
final class RandomStreams {
    private RandomStreams() {}

    static SplittableRandom stream(long seed, String name) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // murmur3 finaliser: nearby seeds and names end up far apart
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return new SplittableRandom(h);
    }

    static int between(SplittableRandom random, int lowInclusive, int highInclusive) {
        return random.nextInt(lowInclusive, highInclusive + 1);
    }

    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks among {@code items} with the given weights (same length, positive sum). */
    static <T> T weighted(SplittableRandom random, List<T> items, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            x -= weights[i];
            if (x < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
