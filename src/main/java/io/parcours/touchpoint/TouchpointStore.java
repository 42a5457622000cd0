package io.parcours.touchpoint;

import io.parcours.common.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes touchpoints with plain JDBC: the table's key trigger (V140) skips a retried push, even
 * when two copies race, without failing the transaction it runs in; a batch is sent in one round
 * trip.
 */
@ApplicationScoped
class TouchpointStore {

  private static final String INSERT =
      "insert into touchpoint (id, lead_id, occurred_at, channel, type, sentiment, content_id,"
          + " note, properties, source, external_id, lead_stage, recorded_at, correlation_id)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)";

  @Inject EntityManager em;

  /**
   * True when stored, false when the lead has a touchpoint with the same source and external id.
   */
  boolean insert(Touchpoint t, String propertiesJson) {
    return insertAll(List.of(t), List.of(propertiesJson))[0];
  }

  /** One JDBC batch, one round trip: for each touchpoint, whether it was stored. */
  boolean[] insertAll(List<Touchpoint> touchpoints, List<String> propertiesJson) {
    if (touchpoints.isEmpty()) {
      return new boolean[0];
    }
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(INSERT)) {
                for (int i = 0; i < touchpoints.size(); i++) {
                  Touchpoint t = touchpoints.get(i);
                  Jdbc.bind(
                      s,
                      t.id,
                      t.leadId,
                      t.occurredAt,
                      t.channel,
                      t.type,
                      t.sentiment,
                      t.contentId,
                      t.note,
                      propertiesJson.get(i),
                      t.source,
                      t.externalId,
                      t.leadStage,
                      t.recordedAt,
                      t.correlationId);
                  s.addBatch();
                }
                int[] counts = s.executeBatch();
                boolean[] stored = new boolean[counts.length];
                for (int i = 0; i < counts.length; i++) {
                  stored[i] = counts[i] == 1;
                }
                return stored;
              }
            });
  }

  /** Sets the stage of touchpoints whose lead a rule moved while their batch was being recorded. */
  void restage(List<Touchpoint> touchpoints) {
    if (touchpoints.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement s =
                  // The partition key too: the update then reads one month, not every one.
                  c.prepareStatement(
                      "update touchpoint set lead_stage = ? where id = ? and occurred_at = ?")) {
                for (Touchpoint t : touchpoints) {
                  Jdbc.bind(s, t.leadStage, t.id, t.occurredAt);
                  s.addBatch();
                }
                s.executeBatch();
              }
            });
  }
}
