package io.parcours.analytics;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.Channel;
import io.parcours.touchpoint.TouchpointType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Negative touchpoints of a period, by the lead's stage at the time and by channel, worst first.
 */
public record FrictionReport(Instant from, Instant to, long total, List<Group> groups) {

  public record Group(Stage stage, Channel channel, long count, List<Item> recent) {}

  public record Item(
      UUID touchpointId, UUID leadId, Instant occurredAt, TouchpointType type, String note) {}
}
