package io.parcours.analytics;

import io.parcours.common.LeadAccess;
import io.parcours.lead.Stage;
import io.parcours.touchpoint.Channel;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * One pass over the negative touchpoints of the period, of the leads the caller may see: counts and
 * latest items per group.
 */
@ApplicationScoped
class FrictionQuery {

  @Inject EntityManager em;

  FrictionReport report(
      Instant from, Instant to, Stage stage, Channel channel, int recent, Optional<UUID> scope) {
    Optional<LeadAccess> access = LeadAccess.sql(scope, "l.owner_id");
    String sql =
        "select lead_stage, channel, n, id, lead_id, occurred_at, type, note from ("
            + " select t.*, row_number() over g as rn, count(*) over (partition by lead_stage,"
            + " channel) as n from touchpoint t"
            + " where sentiment = 'NEGATIVE' and occurred_at >= ? and occurred_at < ?"
            + (stage == null ? "" : " and lead_stage = ?")
            + (channel == null ? "" : " and channel = ?")
            + access
                .map(
                    a ->
                        " and exists (select 1 from lead l where l.id = t.lead_id and "
                            + a.condition()
                            + ")")
                .orElse("")
            + " window g as (partition by lead_stage, channel order by occurred_at desc, id desc)"
            + ") x where rn <= ? order by n desc, lead_stage, channel, rn";
    Map<String, FrictionReport.Group> groups = new LinkedHashMap<>();
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                s.setObject(i++, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                s.setObject(i++, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
                if (stage != null) s.setString(i++, stage.name());
                if (channel != null) s.setString(i++, channel.name());
                if (access.isPresent()) s.setObject(i++, access.get().owner(), Types.OTHER);
                s.setInt(i, recent);
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    FrictionReport.Group g =
                        groups.computeIfAbsent(
                            rs.getString(1) + "/" + rs.getString(2), k -> group(rs));
                    g.recent()
                        .add(
                            new FrictionReport.Item(
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                rs.getObject(6, OffsetDateTime.class).toInstant(),
                                TouchpointType.valueOf(rs.getString(7)),
                                rs.getString(8)));
                  }
                }
              }
            });
    long total = groups.values().stream().mapToLong(FrictionReport.Group::count).sum();
    return new FrictionReport(from, to, total, List.copyOf(groups.values()));
  }

  private static FrictionReport.Group group(ResultSet rs) {
    try {
      return new FrictionReport.Group(
          Stage.valueOf(rs.getString(1)),
          Channel.valueOf(rs.getString(2)),
          rs.getLong(3),
          new ArrayList<>());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
