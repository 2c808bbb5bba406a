package io.drillplan.simulation;

/**
 * One metric of one policy over the replications of a Monte Carlo run.
 *
 * @param metric the metric's name, as in {@link RunMetrics#values()}
 * @param mean the mean over the replications
 * @param low lower end of the 95% confidence interval of the mean (Student's t with n - 1
 *     degrees of freedom); {@code NaN} with a single replication
 * @param high upper end of that interval; {@code NaN} with a single replication
 * @param worst5 the mean of the worst 5% of replications (at least one replication: the worst
 *     ceil(n / 20)), worst meaning lowest for a metric where more is better and highest otherwise
 * @param higherIsBetter whether more is better for this metric
 */
public record MetricSummary(String metric, double mean, double low, double high, double worst5,
        boolean higherIsBetter) {}
