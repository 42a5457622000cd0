package io.parcours.board;

import io.parcours.common.Csv;
import io.parcours.common.LaggingRead;
import io.parcours.common.Replica;
import io.parcours.common.RequestContext;
import io.parcours.lead.LeadFilter;
import io.parcours.lead.LeadQueries;
import io.parcours.security.Permission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/exports/leads.csv")
@Tag(name = "Leads")
@LaggingRead
public class LeadExportResource {

  static final String HEADER =
      "id,email,first_name,last_name,company,phone,locale,persona_id,owner_id,stage,"
          + "stage_entered_at,score,deal_value,tags,source_channel,source_campaign,utm_source,"
          + "utm_medium,utm_campaign,consent_status,consent_basis,consent_source,created_at,"
          + "updated_at";

  private static final String SELECT =
      "select id, email, firstName, lastName, company, phone, locale, persona.id, ownerId, stage,"
          + " stageEnteredAt, score, dealValue, tags, source.channel, source.campaign,"
          + " source.utmSource, source.utmMedium, source.utmCampaign, consent.status,"
          + " consent.basis, consent.source, createdAt, updatedAt from Lead";

  /** Columns holding text that people or systems typed, defused against formulas. */
  private static final List<Integer> TEXT = List.of(1, 2, 3, 4, 5, 14, 15, 16, 17, 18, 21);

  @Inject EntityManager em;
  @Inject RequestContext request;
  @Inject Replica replica;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Produces("text/csv")
  @Operation(summary = "Export the leads a search finds as CSV, streamed, oldest first")
  public Response export(@BeanParam LeadFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    Optional<UUID> scope = request.ownerScope();
    LeadQueries.filter(filter, scope, where, params);
    String hql =
        SELECT
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by createdAt, id";
    // Opened before the headers go out, so that they say where the rows are read.
    Replica.Reader reader = replica.open();
    StreamingOutput body =
        out -> {
          try (reader) {
            BufferedWriter w =
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(HEADER);
            w.write("\r\n");
            if (reader.primary()) {
              QuarkusTransaction.requiringNew().run(() -> write(em, hql, params, w));
            } else {
              write(reader.em(), hql, params, w);
            }
            w.flush();
          }
        };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"leads.csv\"")
        .build();
  }

  private static void write(
      EntityManager db, String hql, Map<String, Object> params, BufferedWriter w) {
    var query = db.createQuery(hql, Object[].class).setHint("org.hibernate.fetchSize", 1000);
    params.forEach(query::setParameter);
    try (var rows = query.getResultStream()) {
      rows.forEach(row -> line(row, w));
    }
  }

  private static void line(Object[] row, BufferedWriter w) {
    try {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          w.write(',');
        }
        Object v = row[i];
        if (v instanceof List<?> tags) {
          w.write(Csv.text(String.join("|", tags.stream().map(String::valueOf).toList())));
        } else {
          w.write(TEXT.contains(i) && v != null ? Csv.text(v.toString()) : Csv.value(v));
        }
      }
      w.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
