package io.parcours.touchpoint;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The filters of the touchpoint search across leads, all optional and combined with "and". */
public class TouchpointFilter {

  /** Any of these types. */
  @QueryParam("type")
  public List<TouchpointType> types;

  /** Any of these channels. */
  @QueryParam("channel")
  public List<Channel> channels;

  /** Happened at or after this time. */
  @QueryParam("occurredFrom")
  public Instant occurredFrom;

  /** Happened before this time. */
  @QueryParam("occurredTo")
  public Instant occurredTo;

  /** The touchpoints of this lead only. */
  @QueryParam("leadId")
  public UUID leadId;
}
