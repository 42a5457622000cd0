package io.parcours.content;

import io.parcours.common.EnumParam;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadService;
import io.parcours.lead.Stage;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/next-content")
@Tag(name = "Content")
public class NextContentResource {

  @Inject NextContent next;
  @Inject LeadService leads;

  public record Suggestion(ContentView item, List<String> why) {}

  public record Suggestions(UUID leadId, Stage stage, List<Suggestion> items) {}

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "The best items for the lead now, best first, with why each was chosen")
  public Suggestions get(
      UUID id,
      @QueryParam("type") String type,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
    Lead lead = leads.get(id);
    List<Suggestion> items =
        next.rank(lead, EnumParam.parse(ContentType.class, "type", type), limit).stream()
            .map(c -> new Suggestion(ContentView.from(c.item()), c.why()))
            .toList();
    return new Suggestions(lead.id, lead.stage, items);
  }
}
