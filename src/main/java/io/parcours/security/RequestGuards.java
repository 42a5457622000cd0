package io.parcours.security;

import io.parcours.common.Problem;
import io.parcours.common.ProblemBody;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Checks made once the caller is known: CSRF for browser sessions, rate limit for API keys. */
public class RequestGuards {

  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String DECISION = "parcours.rate-limit";
  private final RateLimiter limiter = new RateLimiter(Duration.ofMinutes(1).toNanos());

  @Inject CurrentIdentityAssociation identities;

  @ConfigProperty(name = "parcours.api-keys.requests-per-minute")
  long defaultPerMinute;

  @ServerRequestFilter
  public Uni<Response> guard(ContainerRequestContext request, SimpleResourceInfo resource) {
    if (resource.getResourceClass() != null
        && resource.getResourceClass().isAnnotationPresent(WithoutSession.class)) {
      return Uni.createFrom().nullItem();
    }
    return identities.getDeferredIdentity().map(identity -> check(identity, request));
  }

  private Response check(SecurityIdentity identity, ContainerRequestContext request) {
    String csrf = identity.getAttribute(Sessions.CSRF_ATTRIBUTE);
    if (csrf != null
        && !SAFE_METHODS.contains(request.getMethod())
        && !Tokens.equal(csrf, request.getHeaderString(CSRF_HEADER))) {
      throw new Problem(
          403,
          "Forbidden",
          "A change made with a session needs the X-CSRF-Token header of that session");
    }
    Object key = identity.getAttribute(ApiKeys.ID_ATTRIBUTE);
    if (key != null) {
      Long own = identity.getAttribute(ApiKeys.LIMIT_ATTRIBUTE);
      long perMinute = own == null ? defaultPerMinute : own;
      RateLimiter.Decision decision = limiter.take(key, perMinute, System.nanoTime());
      request.setProperty(DECISION, decision);
      if (!decision.allowed()) {
        throw new Problem(
                429,
                "Too many requests",
                "This API key is over its rate limit; retry after the given delay")
            .with("retryAfterSeconds", decision.resetSeconds());
      }
    }
    return null;
  }

  @ServerResponseFilter
  public void headers(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof ProblemBody problem
        && problem.extensions() != null
        && problem.extensions().get("retryAfterSeconds") instanceof Number seconds) {
      response.getHeaders().putSingle("Retry-After", seconds);
    }
    if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
      response.getHeaders().putSingle("RateLimit-Limit", d.limit());
      response.getHeaders().putSingle("RateLimit-Remaining", d.remaining());
      response.getHeaders().putSingle("RateLimit-Reset", d.resetSeconds());
      response.getHeaders().putSingle("RateLimit-Policy", d.limit() + ";w=60");
      if (!d.allowed()) {
        response.getHeaders().putSingle("Retry-After", d.resetSeconds());
      }
    }
  }
}
