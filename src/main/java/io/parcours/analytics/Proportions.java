package io.parcours.analytics;

/** Comparing two conversion rates: significance, confidence and the sample it takes. */
final class Proportions {

  private Proportions() {}

  /** Two-sided p-value of the pooled two-proportion z-test; null when it cannot be computed. */
  static Double pValue(long x1, long n1, long x2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return null;
    }
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0) {
      return 1.0;
    }
    double z = ((double) x2 / n2 - (double) x1 / n1) / se;
    return Math.min(1, 2 * Normal.upperTail(Math.abs(z)));
  }

  /** The Wilson score interval of x successes in n at the given confidence. */
  static double[] wilson(long x, long n, double confidence) {
    double z = Normal.quantile(1 - (1 - confidence) / 2);
    double p = (double) x / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {centre - half, centre + half};
  }

  /**
   * Newcombe's hybrid score interval (method 10, from two Wilson intervals) of p2 - p1: reliable
   * with small samples and rates near 0 or 1, where the normal approximation is not.
   */
  static double[] differenceInterval(long x1, long n1, long x2, long n2, double confidence) {
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double[] w1 = wilson(x1, n1, confidence);
    double[] w2 = wilson(x2, n2, confidence);
    double d = p2 - p1;
    double lower = d - Math.sqrt(sq(p2 - w2[0]) + sq(w1[1] - p1));
    double upper = d + Math.sqrt(sq(w2[1] - p2) + sq(p1 - w1[0]));
    return new double[] {lower, upper};
  }

  /**
   * Leads each arm needs for a two-sided test at level alpha to detect, with the given power, an
   * absolute change of mde from the baseline rate.
   */
  static long requiredPerArm(double baseline, double mde, double alpha, double power) {
    double p1 = baseline;
    double p2 = p1 + mde <= 1 ? p1 + mde : p1 - mde;
    double mean = (p1 + p2) / 2;
    double a = Normal.quantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean));
    double b = Normal.quantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    return (long) Math.ceil(sq(a + b) / sq(p2 - p1));
  }

  private static double sq(double x) {
    return x * x;
  }
}
