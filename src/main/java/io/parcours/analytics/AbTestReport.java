package io.parcours.analytics;

import java.util.List;
import java.util.UUID;

/**
 * Per variant group: each variant's leads and conversions (the lead advanced from the stage it
 * received the variant in). The first variant created is the control; lift, difference, ci95 (of
 * the difference, Newcombe's hybrid score interval) and pValue (pooled two-proportion z-test)
 * compare the best other variant, the challenger, with it. enoughData stays false while an arm has
 * fewer than requiredPerArm leads, the sample needed to detect the configured minimum effect.
 */
public record AbTestReport(double minimumDetectableEffect, List<Group> groups) {

  public record Group(
      String group,
      List<Variant> variants,
      UUID control,
      UUID challenger,
      Double lift,
      Double difference,
      double[] ci95,
      Double pValue,
      boolean enoughData,
      long requiredPerArm) {}

  public record Variant(UUID contentId, String title, long received, long converted, Double rate) {}
}
