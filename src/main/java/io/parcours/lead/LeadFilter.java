package io.parcours.lead;

import io.parcours.common.Problem;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the lead list, all optional and combined with "and". */
public class LeadFilter {

  @QueryParam("stage")
  public List<Stage> stages;

  @QueryParam("personaId")
  public UUID personaId;

  @QueryParam("ownerId")
  public UUID ownerId;

  @QueryParam("source")
  public String sourceChannel;

  @QueryParam("campaign")
  public String campaign;

  @QueryParam("tag")
  public String tag;

  /**
   * Changed at or after this time: with sort=updatedAt, an incremental sync. A change committed
   * while a sync reads may carry a slightly earlier time: re-read with a few seconds of overlap, or
   * follow the event feed, which misses nothing.
   */
  @QueryParam("updatedSince")
  public Instant updatedSince;

  /** Created at or after this time. */
  @QueryParam("createdFrom")
  public Instant createdFrom;

  /** Created before this time. */
  @QueryParam("createdTo")
  public Instant createdTo;

  /** Entered its current stage at or after this time. */
  @QueryParam("stageEnteredFrom")
  public Instant stageEnteredFrom;

  /** Entered its current stage before this time. */
  @QueryParam("stageEnteredTo")
  public Instant stageEnteredTo;

  /** Brought by a referral code (true) or not (false); see {@link #referred()}. */
  @QueryParam("referred")
  @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
  public String referred;

  /** Brought by this advocate's referral code. */
  @QueryParam("referredBy")
  public UUID referredBy;

  /** Words found in the name, email or company. */
  @QueryParam("q")
  public String q;

  /** true or false; anything else is refused, never read as false. */
  public Boolean referred() {
    if (referred == null) {
      return null;
    }
    return switch (referred) {
      case "true" -> true;
      case "false" -> false;
      default -> throw Problem.invalid("referred", "true or false");
    };
  }
}
