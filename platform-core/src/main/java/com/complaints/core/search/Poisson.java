package com.complaints.core.search;

/** The Poisson upper tail, computed in log space so that it stays finite for large means. */
final class Poisson {

    private Poisson() {
    }

    /** P(X ≥ observed) for X ~ Poisson(mean). */
    static double upperTail(long observed, double mean) {
        if (observed <= 0) {
            return 1.0;
        }
        double logMean = Math.log(mean);
        double sum = 0;
        long end = observed + (long) (20 * Math.sqrt(Math.max(mean, observed))) + 50;
        for (long k = observed; k <= end; k++) {
            double logTerm = -mean + k * logMean - logFactorial(k);
            double term = Math.exp(logTerm);
            sum += term;
            if (k > mean && term < sum * 1e-15) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    static double logFactorial(long n) {
        if (n < 2) {
            return 0;
        }
        if (n < 256) {
            double s = 0;
            for (long i = 2; i <= n; i++) {
                s += Math.log(i);
            }
            return s;
        }
        double x = n + 1.0; // Stirling series for ln Γ(x)
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
