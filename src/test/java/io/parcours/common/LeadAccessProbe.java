package io.parcours.common;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.Session;

/**
 * Test-only: which of the given leads the caller sees by the Java rule and by each form of the
 * query condition, on the rows as they are.
 */
@Path("/test/lead-access")
public class LeadAccessProbe {

  @Inject RequestContext request;
  @Inject EntityManager em;

  @GET
  @Authenticated
  @Transactional
  @Operation(hidden = true)
  public Map<String, Object> visible(@QueryParam("id") List<UUID> ids) {
    Optional<UUID> scope = request.ownerScope();
    TreeSet<UUID> java = new TreeSet<>();
    em.createQuery("select id, ownerId from Lead where id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row -> {
              if (request.mayAccess((UUID) row[1])) {
                java.add((UUID) row[0]);
              }
            });
    Optional<LeadAccess> hql = LeadAccess.hql(scope, "l.ownerId", "me");
    String condition = hql.map(a -> " and " + a.condition()).orElse("");
    var direct =
        em.createQuery("select l.id from Lead l where l.id in :ids" + condition, UUID.class)
            .setParameter("ids", ids);
    var nested =
        em.createQuery(
                "select x.id from Lead x where x.id in :ids and x.id in (select l.id from Lead l"
                    + " where true"
                    + condition
                    + ")",
                UUID.class)
            .setParameter("ids", ids);
    hql.ifPresent(
        a -> {
          direct.setParameter("me", a.owner());
          nested.setParameter("me", a.owner());
        });
    return Map.of(
        "scoped",
        scope.isPresent(),
        "java",
        java,
        "sql",
        sql(scope, ids),
        "hql",
        new TreeSet<>(direct.getResultList()),
        "subquery",
        new TreeSet<>(nested.getResultList()));
  }

  private TreeSet<UUID> sql(Optional<UUID> scope, List<UUID> ids) {
    Optional<LeadAccess> access = LeadAccess.sql(scope, "l.owner_id");
    String sql =
        "select l.id from lead l where l.id = any (?)"
            + access.map(a -> " and " + a.condition()).orElse("");
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                if (access.isPresent()) {
                  s.setObject(2, access.get().owner());
                }
                TreeSet<UUID> out = new TreeSet<>();
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                  }
                }
                return new TreeSet<>(out);
              }
            });
  }
}
