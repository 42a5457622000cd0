package io.parcours.security;

import io.parcours.common.ProblemMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Metrics, the API document and Swagger UI tell an attacker a lot: unless opened by configuration
 * they are not served at all. Health stays public for the orchestrator's probes.
 */
@ApplicationScoped
class ManagementEndpoints {

  private static final String NOT_FOUND =
      "{\"type\":\"https://parcours.dev/problems/not-found\",\"title\":\"Not found\","
          + "\"status\":404,\"detail\":\"No such resource\"}";

  @ConfigProperty(name = "parcours.management.open")
  boolean open;

  void install(@Observes Filters filters) {
    if (!open) {
      filters.register(this::hide, 1000);
    }
  }

  private void hide(RoutingContext context) {
    String path = context.normalizedPath().replaceAll("/{2,}", "/");
    boolean management = path.equals("/q") || path.startsWith("/q/");
    boolean health = path.equals("/q/health") || path.startsWith("/q/health/");
    if (management && !health) {
      context
          .response()
          .setStatusCode(404)
          .putHeader("Content-Type", ProblemMapper.MEDIA_TYPE)
          .end(NOT_FOUND);
    } else {
      context.next();
    }
  }
}
