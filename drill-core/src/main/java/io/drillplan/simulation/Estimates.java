package io.drillplan.simulation;

import java.util.Arrays;

/** Mean, confidence interval and worst tail of a sample of replications. */
final class Estimates {

    /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    };
    private static final double Z975 = 1.959964;

    private Estimates() {}

    static MetricSummary summarise(String metric, double[] values, boolean higherIsBetter) {
        int n = values.length;
        double mean = Arrays.stream(values).sum() / n;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 1) {
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            double half = t975(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = worstCount(n);
        double tail = 0;
        for (int i = 0; i < k; i++) {
            tail += higherIsBetter ? sorted[i] : sorted[n - 1 - i];
        }
        return new MetricSummary(metric, mean, low, high, tail / k, higherIsBetter);
    }

    /** How many replications make the worst 5%: ceil(n / 20), at least 1. */
    static int worstCount(int n) {
        return Math.max(1, (n + 19) / 20);
    }

    /** The 97.5% quantile of Student's t: tabled up to 30 degrees of freedom, Cornish-Fisher beyond. */
    static double t975(int df) {
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = Z975;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
    }
}
