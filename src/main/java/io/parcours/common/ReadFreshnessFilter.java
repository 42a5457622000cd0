package io.parcours.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Says on answers built from lagging reads where they were read, and how fresh that was. */
public class ReadFreshnessFilter {

  @Inject ReadFreshness freshness;

  @ServerResponseFilter
  public void out(ContainerResponseContext response) {
    if (freshness.source() == null) {
      return;
    }
    response.getHeaders().putSingle(ReadFreshness.SOURCE, freshness.source());
    if (freshness.replayedAt() != null) {
      response.getHeaders().putSingle(ReadFreshness.REPLAYED_AT, freshness.replayedAt().toString());
    }
  }
}
