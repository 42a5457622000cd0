package io.parcours.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes X-Correlation-Id from the caller (or makes one), logs with it and echoes it back. */
public class CorrelationFilter {

  public static final String HEADER = "X-Correlation-Id";

  @Inject RequestContext context;

  @ServerRequestFilter
  public void in(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    if (given != null && !given.isBlank() && given.length() <= 100) {
      context.correlationId(given);
    }
    MDC.put("correlationId", context.correlationId());
  }

  @ServerResponseFilter
  public void out(ContainerResponseContext response) {
    response.getHeaders().putSingle(HEADER, context.correlationId());
    MDC.remove("correlationId");
  }
}
