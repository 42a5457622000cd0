package io.parcours.analytics;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters every report takes, all optional. */
public class AnalyticsParams {

  @QueryParam("from")
  @Parameter(description = "First day (UTC date, inclusive); default: the period ending on 'to'")
  public String from;

  @QueryParam("to")
  @Parameter(description = "Last day (UTC date, inclusive); default today")
  public String to;

  @QueryParam("personaId")
  public UUID personaId;

  @QueryParam("ownerId")
  public UUID ownerId;

  @QueryParam("source")
  @Parameter(description = "The lead's source channel")
  public String source;
}
