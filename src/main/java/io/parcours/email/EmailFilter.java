package io.parcours.email;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The filters of the outbox list, all optional and combined with "and". */
public class EmailFilter {

  @QueryParam("status")
  public List<OutboxStatus> statuses;

  @QueryParam("leadId")
  public UUID leadId;

  @QueryParam("journeyId")
  public UUID journeyId;

  /** Due at or after this time. */
  @QueryParam("from")
  public Instant from;

  /** Due before this time. */
  @QueryParam("to")
  public Instant to;
}
