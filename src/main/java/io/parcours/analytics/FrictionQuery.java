package io.parcours.analytics;

import io.parcours.common.Jdbc;
import io.parcours.common.LeadAccess;
import io.parcours.common.Replica;
import io.parcours.lead.Stage;
import io.parcours.touchpoint.Channel;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One pass over the negative touchpoints of the period, of the leads the caller may see: counts and
 * latest items per group.
 */
@ApplicationScoped
class FrictionQuery {

  @Inject Replica replica;

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
    List<Object> params = new ArrayList<>(List.of(from, to));
    if (stage != null) params.add(stage);
    if (channel != null) params.add(channel);
    access.ifPresent(a -> params.add(a.owner()));
    params.add(recent);
    Map<String, FrictionReport.Group> groups = new LinkedHashMap<>();
    replica.query(
        sql,
        params,
        rs -> {
          FrictionReport.Group g =
              groups.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> group(rs));
          g.recent()
              .add(
                  new FrictionReport.Item(
                      rs.getObject(4, UUID.class),
                      rs.getObject(5, UUID.class),
                      Jdbc.instant(rs, 6),
                      TouchpointType.valueOf(rs.getString(7)),
                      rs.getString(8)));
          return g;
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
