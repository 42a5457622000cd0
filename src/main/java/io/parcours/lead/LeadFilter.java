package io.parcours.lead;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

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

  /** Words found in the name, email or company. */
  @QueryParam("q")
  public String q;
}
