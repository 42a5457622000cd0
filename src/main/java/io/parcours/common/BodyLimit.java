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
 * A body of unknown length (chunked) is refused with 411 except on imports, which stream.
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
    boolean importing = context.request().path().startsWith("/api/imports/");
    long limit = importing ? importMax.asLongValue() : max.asLongValue();
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && tooLarge(length, limit)) {
      refuse(
          context,
          new ProblemBody(
              "https://parcours.dev/problems/content-too-large",
              "Content too large",
              413,
              "The request body is larger than the " + limit + " bytes accepted",
              context.request().path(),
              Map.of("maxBytes", limit)));
    } else if (length == null && chunked(context) && !importing) {
      // Only uploads may stream a body of unknown length: any other body is buffered whole, and
      // the server-wide limit is the import's.
      refuse(
          context,
          new ProblemBody(
              "https://parcours.dev/problems/length-required",
              "Length required",
              411,
              "Send the body with a Content-Length header (at most " + limit + " bytes)",
              context.request().path(),
              Map.of("maxBytes", limit)));
    } else {
      context.next();
    }
  }

  private static boolean chunked(RoutingContext context) {
    String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
    return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  private void refuse(RoutingContext context, ProblemBody problem) {
    try {
      context
          .response()
          .setStatusCode(problem.status())
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
