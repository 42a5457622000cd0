package io.parcours.lead;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LeadView(
    UUID id,
    String email,
    String firstName,
    String lastName,
    String company,
    String phone,
    String locale,
    @Schema(description = "IANA time zone; null means the configured default") String timeZone,
    UUID personaId,
    UUID ownerId,
    LeadSource source,
    Stage stage,
    Instant stageEnteredAt,
    long secondsInStage,
    int score,
    @Schema(description = "Purchase cycles so far: each entry into CUSTOMER starts one") int cycle,
    @Schema(description = "The advocate whose referral code brought this lead") UUID referredBy,
    BigDecimal dealValue,
    EmailConsent consent,
    List<String> tags,
    Map<String, Object> attributes,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static LeadView from(Lead l) {
    long inStage = Math.max(0, Duration.between(l.stageEnteredAt, Instant.now()).toSeconds());
    return new LeadView(
        l.id,
        l.email,
        l.firstName,
        l.lastName,
        l.company,
        l.phone,
        l.locale,
        l.timeZone,
        l.persona == null ? null : l.persona.id,
        l.ownerId,
        l.source,
        l.stage,
        l.stageEnteredAt,
        inStage,
        l.score,
        l.cycle,
        l.referredBy,
        l.dealValue,
        l.consent,
        l.tags,
        l.attributes,
        l.createdAt,
        l.updatedAt,
        l.version);
  }
}
