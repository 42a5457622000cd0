package io.parcours.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than parcours.http.max-body-size (imports: max-import-size) with
 * a 413 problem, before reading it; Quarkus's own check, just after this one, answers an empty 413.
 */
@ApplicationScoped
public class BodyLimit {

  @ConfigProperty(name = "parcours.http.max-body-size")
  MemorySize max;

  @ConfigProperty(name = "parcours.http.max-import-size")
  MemorySize importMax;

  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
  }

  private void check(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    long limit =
        context.request().path().startsWith("/api/imports/")
            ? importMax.asLongValue()
            : max.asLongValue();
    if (length == null || !tooLarge(length, limit)) {
      context.next();
      return;
    }
    ProblemBody problem =
        new ProblemBody(
            "https://parcours.dev/problems/content-too-large",
            "Content too large",
            413,
            "The request body is larger than the " + limit + " bytes accepted",
            context.request().path(),
            Map.of("maxBytes", limit));
    try {
      context
          .response()
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          // The unread body would otherwise be taken for the next request.
          .endHandler(done -> context.request().connection().close())
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      context.fail(e);
    }
  }

  private static boolean tooLarge(String length, long limit) {
    try {
      return Long.parseLong(length.strip()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
