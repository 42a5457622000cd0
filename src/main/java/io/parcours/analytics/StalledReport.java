package io.parcours.analytics;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Leads before the purchase that have been in their stage longer than the p90 of their persona and
 * stage (the stage's p90 over all personas when theirs has no data), with no touchpoint since they
 * passed it; longest first. The p90 comes from the stays that ended in the period.
 */
public record StalledReport(List<Lead> leads) {

  public record Lead(
      UUID leadId,
      Stage stage,
      UUID personaId,
      UUID ownerId,
      long inStageSeconds,
      long p90Seconds,
      Instant lastTouchpointAt) {}
}
