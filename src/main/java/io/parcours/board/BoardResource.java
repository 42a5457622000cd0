package io.parcours.board;

import io.parcours.common.LaggingRead;
import io.parcours.lead.LeadFilter;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/board")
@Tag(name = "Leads")
@LaggingRead
public class BoardResource {

  @Inject Board board;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(
      summary =
          "The pipeline board: per stage the number of leads, their total deal value and the"
              + " longest-waiting cards; the lead search filters apply")
  public BoardView get(
      @BeanParam LeadFilter filter,
      @QueryParam("perStage") @DefaultValue("50") @Min(1) @Max(200) int perStage) {
    return board.build(filter, perStage);
  }
}
