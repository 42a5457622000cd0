package io.parcours.analytics;

import java.util.Comparator;
import java.util.List;

/** The statistics of one variant group, in plain Java. */
final class AbTests {

  private AbTests() {}

  /** Variants come control first (oldest item). */
  static AbTestReport.Group compare(
      String group, List<AbTestReport.Variant> variants, double mde, double alpha, double power) {
    AbTestReport.Variant control = variants.get(0);
    double baseline =
        control.received() == 0 ? 0.5 : (double) control.converted() / control.received();
    long required = Proportions.requiredPerArm(baseline, mde, alpha, power);
    boolean enough =
        variants.size() > 1 && variants.stream().allMatch(v -> v.received() >= required);
    AbTestReport.Variant challenger =
        variants.stream()
            .skip(1)
            .filter(v -> v.received() > 0)
            .max(Comparator.comparingDouble(v -> (double) v.converted() / v.received()))
            .orElse(null);
    if (challenger == null || control.received() == 0) {
      return new AbTestReport.Group(
          group, variants, control.contentId(), null, null, null, null, null, enough, required);
    }
    long x1 = control.converted();
    long n1 = control.received();
    long x2 = challenger.converted();
    long n2 = challenger.received();
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double[] ci = Proportions.differenceInterval(x1, n1, x2, n2, 0.95);
    return new AbTestReport.Group(
        group,
        variants,
        control.contentId(),
        challenger.contentId(),
        p1 == 0 ? null : Ratios.round(p2 / p1 - 1),
        Ratios.round(p2 - p1),
        new double[] {Ratios.round(ci[0]), Ratios.round(ci[1])},
        Proportions.pValue(x1, n1, x2, n2),
        enough,
        required);
  }
}
