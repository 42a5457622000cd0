package io.parcours.analytics;

final class Ratios {

  private Ratios() {}

  /** Four decimals: what a rate on the wire needs. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  static Double rate(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }
}
