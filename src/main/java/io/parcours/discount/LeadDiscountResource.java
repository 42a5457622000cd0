package io.parcours.discount;

import io.parcours.common.Created;
import io.parcours.common.Idempotency;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.lead.LeadService;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/discounts")
@Tag(name = "Discounts")
public class LeadDiscountResource {

  private static final Map<String, Keyset.Field<DiscountCode>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, d -> d.createdAt));

  @Inject DiscountService discounts;
  @Inject LeadService leads;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "The discount codes issued to a lead, newest first")
  public Page<DiscountView> list(
      UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    leads.get(id);
    Keyset<DiscountCode> keyset = Keyset.of("-createdAt", SORTS, d -> d.id);
    List<String> where = new ArrayList<>(List.of("leadId = :lead"));
    Map<String, Object> params = new HashMap<>(Map.of("lead", id));
    keyset.after(cursor, where, params);
    List<DiscountCode> rows =
        DiscountCode.<DiscountCode>find(
                "from DiscountCode where " + String.join(" and ", where) + keyset.orderBy(), params)
            .range(0, limit)
            .list();
    return Page.of(rows, limit, keyset::cursorOf, DiscountView::from);
  }

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(summary = "Issue a single-use discount code to a lead (Idempotency-Key honoured)")
  @Created(DiscountView.class)
  public Response issue(
      UUID id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull DiscountRequest request) {
    leads.get(id); // before any replay: a key never shows a lead the caller may not see
    return idempotency.execute(
        key,
        "POST /api/leads/" + id + "/discounts",
        request,
        () -> {
          DiscountCode d = discounts.issue(id, request);
          return Response.created(
                  UriBuilder.fromPath("/api/discounts/{code}").build(DiscountView.from(d).code()))
              .entity(DiscountView.from(d))
              .build();
        });
  }
}
