package io.drillplan.samples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Dinic's maximum flow on integer capacities: the calibration test's feasibility bound. */
final class MaxFlow {
    private final int n;
    private final List<int[]> edges = new ArrayList<>(); // {to, capacity}
    private final List<List<Integer>> adjacent = new ArrayList<>();
    private int[] level;
    private int[] next;

    MaxFlow(int nodes) {
        this.n = nodes;
        for (int i = 0; i < nodes; i++) {
            adjacent.add(new ArrayList<>());
        }
    }

    void edge(int from, int to, int capacity) {
        adjacent.get(from).add(edges.size());
        edges.add(new int[] {to, capacity});
        adjacent.get(to).add(edges.size());
        edges.add(new int[] {from, 0});
    }

    long run(int source, int sink) {
        long flow = 0;
        while (levels(source, sink)) {
            next = new int[n];
            int pushed;
            while ((pushed = push(source, sink, Integer.MAX_VALUE)) > 0) {
                flow += pushed;
            }
        }
        return flow;
    }

    private boolean levels(int source, int sink) {
        level = new int[n];
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e : adjacent.get(v)) {
                int[] edge = edges.get(e);
                if (edge[1] > 0 && level[edge[0]] < 0) {
                    level[edge[0]] = level[v] + 1;
                    queue.add(edge[0]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private int push(int v, int sink, int limit) {
        if (v == sink) {
            return limit;
        }
        List<Integer> out = adjacent.get(v);
        for (; next[v] < out.size(); next[v]++) {
            int e = out.get(next[v]);
            int[] edge = edges.get(e);
            if (edge[1] > 0 && level[edge[0]] == level[v] + 1) {
                int pushed = push(edge[0], sink, Math.min(limit, edge[1]));
                if (pushed > 0) {
                    edge[1] -= pushed;
                    edges.get(e ^ 1)[1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }
}
