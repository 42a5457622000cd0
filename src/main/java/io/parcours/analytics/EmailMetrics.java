package io.parcours.analytics;

import io.parcours.common.Replica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Email metrics from the email outbox, by the day each email was planned, and from the leads'
 * consent.
 */
@ApplicationScoped
class EmailMetrics {

  @Inject Replica replica;

  EmailReport report(Scope scope) {
    List<Object> params = new ArrayList<>(List.of(scope.from(), scope.to().plusDays(1)));
    String unsubscribed =
        "select count(*) from lead l where l.consent_status = 'UNSUBSCRIBED'"
            + " and l.consent_at >= (?::date at time zone 'UTC')"
            + " and l.consent_at < (?::date at time zone 'UTC')"
            + scope.leadTableFilter(params);
    long unsubscribedCount = replica.query(unsubscribed, params, rs -> rs.getLong(1)).get(0);
    List<Object> outboxParams = new ArrayList<>(List.of(scope.from(), scope.to().plusDays(1)));
    String filter = scope.leadTableFilter(outboxParams);
    String sql =
        "select count(*),"
            + " count(*) filter (where o.status in ('PENDING', 'SENDING')),"
            + " count(*) filter (where o.status = 'SENT'),"
            + " count(*) filter (where o.status = 'FAILED'),"
            + " count(*) filter (where o.status = 'CANCELLED'),"
            + " count(*) filter (where o.status = 'UNKNOWN')"
            + " from email_outbox o"
            + (filter.isEmpty() ? "" : " join lead l on l.id = o.lead_id")
            + " where o.created_at >= (?::date at time zone 'UTC')"
            + " and o.created_at < (?::date at time zone 'UTC')"
            + filter;
    long[] c =
        replica
            .query(
                sql,
                outboxParams,
                rs ->
                    new long[] {
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6)
                    })
            .get(0);
    return new EmailReport(
        scope.from(), scope.to(), c[0], c[1], c[2], c[3], c[4], c[5], unsubscribedCount);
  }
}
