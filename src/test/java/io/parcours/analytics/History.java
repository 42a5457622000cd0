package io.parcours.analytics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes leads, their history and touchpoints at chosen times, straight into the tables (the
 * triggers keep the rollups, as for any other writer); each call is its own transaction.
 */
@ApplicationScoped
class History {

  @Inject EntityManager em;

  UUID persona() {
    UUID id = UUID.randomUUID();
    run(
        "insert into persona (id, name, created_at, updated_at) values (?1, ?2, now(), now())",
        id,
        "Persona " + id);
    return id;
  }

  /** A lead entering DISCOVERY when it is created. */
  UUID lead(String source, UUID persona, UUID owner, Instant created) {
    UUID id = UUID.randomUUID();
    run(
        "insert into lead (id, email, persona_id, owner_id, source_channel, stage,"
            + " stage_entered_at, created_at, updated_at)"
            + " values (?1, ?2, ?3, ?4, ?5, 'DISCOVERY', ?6, ?6, ?6)",
        id,
        id + "@example.com",
        persona,
        owner,
        source,
        utc(created));
    transition(id, null, "DISCOVERY", "ENTRY", created, null);
    return id;
  }

  UUID lead(String source, Instant created) {
    return lead(source, null, null, created);
  }

  void move(UUID lead, String from, String to, String kind, Instant at) {
    move(lead, from, to, kind, at, null);
  }

  void move(UUID lead, String from, String to, String kind, Instant at, String reason) {
    transition(lead, from, to, kind, at, reason);
    run("update lead set stage = ?2, stage_entered_at = ?3 where id = ?1", lead, to, utc(at));
  }

  void touch(UUID lead, String channel, String stage, Instant at) {
    run(
        "insert into touchpoint (id, lead_id, occurred_at, channel, type, sentiment, source,"
            + " lead_stage, recorded_at) values (?1, ?2, ?3, ?4, 'PAGE_VIEW', 'NEUTRAL', 'test',"
            + " ?5, ?3)",
        UUID.randomUUID(),
        lead,
        utc(at),
        channel,
        stage);
  }

  UUID item(String variantGroup, Instant created) {
    UUID id = UUID.randomUUID();
    run(
        "insert into content_item (id, title, type, stages, variant_group, created_at,"
            + " updated_at) values (?1, ?2, 'GUIDE', '{DISCOVERY}', ?3, ?4, ?4)",
        id,
        "Item " + id,
        variantGroup,
        utc(created));
    return id;
  }

  void assign(UUID lead, UUID item, Instant at, Instant converted) {
    run(
        "insert into content_assignment (id, lead_id, content_id, stage, stage_entered_at,"
            + " assigned_at, actor_type, automatic, converted_at)"
            + " values (?1, ?2, ?3, 'DISCOVERY', ?4, ?4, 'SYSTEM', false, ?5)",
        UUID.randomUUID(),
        lead,
        item,
        utc(at),
        converted == null ? null : utc(converted));
  }

  void run(String sql, Object... params) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var q = em.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
              }
              q.executeUpdate();
            });
  }

  private void transition(
      UUID lead, String from, String to, String kind, Instant at, String reason) {
    run(
        "insert into stage_transition (lead_id, from_stage, to_stage, kind, at, actor_type,"
            + " cause_type, reason) values (?1, ?2, ?3, ?4, ?5, 'SYSTEM', 'MANUAL', ?6)",
        lead,
        from,
        to,
        kind,
        utc(at),
        reason);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
