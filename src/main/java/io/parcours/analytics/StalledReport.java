package io.parcours.analytics;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@link Stalled} leads, longest in their stage first; {@code p90Seconds} is the norm they
 * passed: the p90 of their peers, or the stalled-after setting where that is longer.
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
