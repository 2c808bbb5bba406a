package io.drillplan.solver.engine;

/**
 * Two integers in one {@code long} join key that the score engine's hash
 * indexes spread well. Packing them side by side ({@code a << 32 | b}) is unique but hashes as
 * {@code a ^ b}: a team index and a day, both small, then fall into a few dozen buckets, and the
 * engine's {@code HashMap}s turn into trees. Multiplying by an odd constant is a bijection on
 * {@code long}s, so the key stays unique while its hash depends on every bit of both numbers.
 */
final class JoinKey {

    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private JoinKey() {}

    static long of(int a, int b) {
        return (((long) a << 32) | (b & 0xFFFFFFFFL)) * SPREAD;
    }
}
