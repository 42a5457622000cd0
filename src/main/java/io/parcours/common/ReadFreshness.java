package io.parcours.common;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * What this request's lagging reads were served from, for the response headers: the replica with
 * the time of the last transaction it replayed, or the primary (as fresh as it gets).
 */
@RequestScoped
public class ReadFreshness {

  public static final String SOURCE = "Read-Source";
  public static final String REPLAYED_AT = "Replica-Replay-Time";

  private String source;
  private Instant replayedAt;
  private boolean fellBack;

  void replica(Instant replayedAt) {
    if (source == null) {
      source = "replica";
      this.replayedAt = replayedAt;
    }
  }

  /** Once a request read the primary, all of its answer comes from there. */
  void primary() {
    source = "primary";
    replayedAt = null;
  }

  boolean fellBack() {
    return fellBack;
  }

  void fellBack(boolean fellBack) {
    this.fellBack = fellBack;
  }

  String source() {
    return source;
  }

  Instant replayedAt() {
    return replayedAt;
  }
}
