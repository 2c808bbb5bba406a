package io.drillplan.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a {@link MonteCarlo} run: for every policy, the metrics of every replication (in
 * replication order, whatever thread ran it), their summaries, the per-day tallies, and the full
 * run of replication 1 with its event log. Immutable.
 */
public final class SimulationReport {

    private final String problemName;
    private final int drills;
    private final int published;
    private final double publishedCoverage;
    private final long seed;
    private final int runs;
    private final SimulationOptions options;
    private final List<ReplanPolicy> policies;
    private final Map<ReplanPolicy, List<RunMetrics>> metrics;
    private final Map<ReplanPolicy, List<List<DayTally>>> days;
    private final Map<ReplanPolicy, SimulationRun> firstRuns;
    private final List<String> metricNames;

    SimulationReport(String problemName, int drills, int published, double publishedCoverage, long seed,
            SimulationOptions options, List<ReplanPolicy> policies, Map<ReplanPolicy, List<RunMetrics>> metrics,
            Map<ReplanPolicy, List<List<DayTally>>> days, Map<ReplanPolicy, SimulationRun> firstRuns) {
        this.problemName = problemName;
        this.drills = drills;
        this.published = published;
        this.publishedCoverage = publishedCoverage;
        this.seed = seed;
        this.options = options;
        this.policies = List.copyOf(policies);
        this.metrics = new LinkedHashMap<>(metrics);
        this.days = new LinkedHashMap<>(days);
        this.firstRuns = Map.copyOf(firstRuns);
        this.runs = policies.isEmpty() ? 0 : metrics.get(policies.get(0)).size();
        this.metricNames = runs == 0 ? List.of() : List.copyOf(metrics.get(policies.get(0)).get(0).values().keySet());
    }

    /** {@return the simulated problem's name} */
    public String problemName() {
        return problemName;
    }

    /** {@return the policies compared, in the order asked for} */
    public List<ReplanPolicy> policies() {
        return policies;
    }

    /** {@return replications per policy} */
    public int runs() {
        return runs;
    }

    /** {@return the seed of every random draw} */
    public long seed() {
        return seed;
    }

    /** {@return the simulation options used} */
    public SimulationOptions options() {
        return options;
    }

    /** {@return drills in the problem} */
    public int drills() {
        return drills;
    }

    /** {@return drills the published schedule holds} */
    public int published() {
        return published;
    }

    /** {@return the priority-weighted coverage of the published schedule: what a month without trouble gives} */
    public double publishedCoverage() {
        return publishedCoverage;
    }

    /** {@return how many replications the worst 5% of each metric is the mean of} */
    public int worstCount() {
        return Estimates.worstCount(runs);
    }

    /** {@return the names of the metrics, in display order (see {@link RunMetrics#values()})} */
    public List<String> metricNames() {
        return metricNames;
    }

    /**
     * The metrics of every replication of {@code policy}, replication 1 first.
     *
     * @param policy a simulated policy
     * @return one entry per replication
     */
    public List<RunMetrics> metrics(ReplanPolicy policy) {
        return require(metrics, policy);
    }

    /**
     * The per-day tallies of every replication of {@code policy}, replication 1 first.
     *
     * @param policy a simulated policy
     * @return one list of day tallies per replication
     */
    public List<List<DayTally>> days(ReplanPolicy policy) {
        return require(days, policy);
    }

    /**
     * Replication 1 of {@code policy} in full, with its event log.
     *
     * @param policy a simulated policy
     * @return the run
     */
    public SimulationRun firstRun(ReplanPolicy policy) {
        return require(firstRuns, policy);
    }

    /**
     * Mean, 95% interval and worst 5% of metric {@code metric} under {@code policy}.
     *
     * @param policy a simulated policy
     * @param metric a metric name of {@link RunMetrics#values()}
     * @return the summary over the replications
     * @throws IllegalArgumentException when the policy was not simulated or the metric is unknown
     */
    public MetricSummary summary(ReplanPolicy policy, String metric) {
        List<RunMetrics> list = metrics(policy);
        if (!metricNames.contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; metrics: " + metricNames);
        }
        double[] values = list.stream().mapToDouble(r -> r.values().get(metric)).toArray();
        return Estimates.summarise(metric, values, RunMetrics.higherIsBetter(metric));
    }

    /**
     * The replication-by-replication difference {@code a - b} of metric {@code metric}: its mean,
     * 95% interval and worst 5% (the lowest differences when more is better). Both policies met
     * the same disruptions in each replication, so this interval is far narrower than the two
     * policies' own intervals suggest.
     *
     * @param a a simulated policy
     * @param b another simulated policy
     * @param metric a metric name of {@link RunMetrics#values()}
     * @return the summary of the differences over the replications
     * @throws IllegalArgumentException when a policy was not simulated or the metric is unknown
     */
    public MetricSummary difference(ReplanPolicy a, ReplanPolicy b, String metric) {
        List<RunMetrics> first = metrics(a);
        List<RunMetrics> second = metrics(b);
        if (!metricNames.contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; metrics: " + metricNames);
        }
        double[] values = new double[first.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = first.get(i).values().get(metric) - second.get(i).values().get(metric);
        }
        return Estimates.summarise(metric + " " + a + " - " + b, values, RunMetrics.higherIsBetter(metric));
    }

    /**
     * The mean over the replications of drills held on each day, under {@code policy}.
     *
     * @param policy a simulated policy
     * @return the mean by date, in date order
     */
    public Map<LocalDate, Double> meanHeldPerDay(ReplanPolicy policy) {
        return meanPerDay(policy, true);
    }

    /**
     * The mean over the replications of drills disrupted on each day, under {@code policy}.
     *
     * @param policy a simulated policy
     * @return the mean by date, in date order
     */
    public Map<LocalDate, Double> meanDisruptedPerDay(ReplanPolicy policy) {
        return meanPerDay(policy, false);
    }

    private Map<LocalDate, Double> meanPerDay(ReplanPolicy policy, boolean held) {
        Map<LocalDate, Double> sum = new LinkedHashMap<>();
        List<List<DayTally>> all = days(policy);
        for (List<DayTally> run : all) {
            for (DayTally t : run) {
                sum.merge(t.date(), (double) (held ? t.held() : t.disrupted()), Double::sum);
            }
        }
        sum.replaceAll((date, s) -> s / all.size());
        return sum;
    }

    private static <T> T require(Map<ReplanPolicy, T> map, ReplanPolicy policy) {
        T value = map.get(Objects.requireNonNull(policy, "policy"));
        if (value == null) {
            throw new IllegalArgumentException("policy " + policy + " was not simulated");
        }
        return value;
    }
}
