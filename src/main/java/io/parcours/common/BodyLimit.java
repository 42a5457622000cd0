package io.parcours.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than parcours.http.max-body-size (imports: max-import-size) with
 * a 413 problem, before reading it; Quarkus's own check, just after this one, answers an empty 413.
 * A body of unknown length (HTTP/1.1 chunked, or HTTP/2 without content-length) is refused with 411
 * except on imports, which stream. As a second line, the stream readers stop past the limit even if
 * a length lied.
 *
 * <p>The import's larger limit applies to the upload route spelled plainly, and to nothing else:
 * {@code /api/imports/../leads}, {@code /api/imports/%2e%2e/leads} and the like get the small one,
 * whatever route they resolve to.
 */
@ApplicationScoped
public class BodyLimit {

  private static final String IMPORT_ROUTE = "/api/imports/leads";
  private static final Set<HttpMethod> WITH_BODY =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

  /** Read by Quarkus's and RESTEasy Reactive's stream readers (VertxInputStream). */
  private static final String READ_LIMIT = "io.quarkus.max-request-size";

  @ConfigProperty(name = "parcours.http.max-body-size")
  MemorySize max;

  @ConfigProperty(name = "parcours.http.max-import-size")
  MemorySize importMax;

  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
  }

  private static boolean importing(RoutingContext context) {
    return IMPORT_ROUTE.equals(context.request().path())
        && IMPORT_ROUTE.equals(context.normalizedPath());
  }

  private void check(RoutingContext context) {
    boolean importing = importing(context);
    long limit = importing ? importMax.asLongValue() : max.asLongValue();
    HttpServerRequest request = context.request();
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && tooLarge(length, limit)) {
      refuse(
          context,
          new ProblemBody(
              "https://parcours.dev/problems/content-too-large",
              "Content too large",
              413,
              "The request body is larger than the " + limit + " bytes accepted",
              request.path(),
              Map.of("maxBytes", limit)));
    } else if (length == null && unknownLength(request) && !importing) {
      // Only uploads may stream a body of unknown length: any other body is buffered whole, and
      // the server-wide limit is the import's.
      refuse(
          context,
          new ProblemBody(
              "https://parcours.dev/problems/length-required",
              "Length required",
              411,
              "Send the body with a Content-Length header (at most " + limit + " bytes)",
              request.path(),
              Map.of("maxBytes", limit)));
    } else {
      if (length != null) {
        context.put(READ_LIMIT, limit);
      }
      context.next();
    }
  }

  /**
   * HTTP/1.1 says so with chunked; HTTP/2 frames every body and needs no length, so a method that
   * carries a body must announce one (content-length: 0 for none).
   */
  private static boolean unknownLength(HttpServerRequest request) {
    if (request.version() == HttpVersion.HTTP_2) {
      return WITH_BODY.contains(request.method());
    }
    String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
  }

  private void refuse(RoutingContext context, ProblemBody problem) {
    String text;
    try {
      text = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      context.fail(e);
      return;
    }
    var response =
        context
            .response()
            .setStatusCode(problem.status())
            .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.MEDIA_TYPE);
    if (context.request().version() != HttpVersion.HTTP_2) {
      // The unread body would otherwise be taken for the next request. HTTP/2 frames each
      // stream apart: the rest of this one is dropped.
      response
          .putHeader(HttpHeaders.CONNECTION, "close")
          .endHandler(done -> context.request().connection().close());
    }
    response.end(text);
  }

  private static boolean tooLarge(String length, long limit) {
    try {
      return Long.parseLong(length.strip()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
