package io.drillplan.solver.engine;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Entities grouped by an int key (a team and a date, a unit and a date), for
 * {@link DrillScoreCalculator}. Each entity remembers where it sits in its bucket, so that taking
 * it out needs no search; buckets are made on first use, since most keys never get one.
 */
final class Buckets<E> {

    private final Object[][] buckets;
    private final int[] counts;
    private final int[] positions;
    private final ToIntFunction<E> id;

    /** {@code keys} buckets for entities whose {@code id} lies below {@code ids}. */
    Buckets(int keys, int ids, ToIntFunction<E> id) {
        this.buckets = new Object[keys][];
        this.counts = new int[keys];
        this.positions = new int[ids];
        this.id = id;
    }

    int count(int key) {
        return counts[key];
    }

    @SuppressWarnings("unchecked")
    E get(int key, int k) {
        return (E) buckets[key][k];
    }

    void add(int key, E entity) {
        Object[] bucket = buckets[key];
        int count = counts[key];
        if (bucket == null) {
            bucket = new Object[4];
            buckets[key] = bucket;
        } else if (count == bucket.length) {
            bucket = Arrays.copyOf(bucket, count * 2);
            buckets[key] = bucket;
        }
        bucket[count] = entity;
        positions[id.applyAsInt(entity)] = count;
        counts[key] = count + 1;
    }

    /** Takes out {@code entity}, which was added under {@code key}; the last one takes its place. */
    @SuppressWarnings("unchecked")
    void remove(int key, E entity) {
        Object[] bucket = buckets[key];
        int last = counts[key] - 1;
        int at = positions[id.applyAsInt(entity)];
        E moved = (E) bucket[last];
        bucket[at] = moved;
        positions[id.applyAsInt(moved)] = at;
        bucket[last] = null;
        counts[key] = last;
    }
}
