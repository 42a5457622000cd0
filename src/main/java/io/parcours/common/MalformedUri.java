package io.parcours.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Answers a 400 problem to an address that is not a valid URI, such as a broken percent-escape
 * ({@code ?q=%zz}). Quarkus makes the same check before any route and answers an empty 400, unless
 * vertx.disableURIValidation is set, as Main and the test configuration do.
 */
@ApplicationScoped
class MalformedUri {

  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::check);
    // A path the router cannot normalise (/api/leads/%zz) fails before any route is matched.
    router.errorHandler(400, this::refuse);
  }

  private void check(RoutingContext context) {
    String uri = context.request().uri();
    if (uri == null || valid(uri)) {
      context.next();
    } else {
      refuse(context);
    }
  }

  private void refuse(RoutingContext context) {
    if (context.response().ended()) {
      return;
    }
    String uri = context.request().uri() == null ? "" : context.request().uri();
    int query = uri.indexOf('?');
    ProblemBody problem =
        new ProblemBody(
            "https://parcours.dev/problems/bad-request",
            "Bad request",
            400,
            !escapesValid(uri)
                ? "The address is not valid: '%' must be followed by two hexadecimal digits"
                : valid(uri) ? "The request is not valid HTTP" : "The address is not a valid URI",
            query < 0 ? uri : uri.substring(0, query),
            Map.of());
    try {
      context
          .response()
          .setStatusCode(400)
          .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.MEDIA_TYPE)
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      context.fail(e);
    }
  }

  private static boolean valid(String uri) {
    try {
      new URI(uri);
      return escapesValid(uri);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean escapesValid(String uri) {
    for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
      if (i + 2 >= uri.length() || !hex(uri.charAt(i + 1)) || !hex(uri.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
