package io.parcours.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where every error becomes application/problem+json. */
public class ProblemMapper {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Seconds a client is asked to wait while the database cannot be reached. */
  static final int RETRY_AFTER_SECONDS = 5;

  @ServerExceptionMapper
  public Response problem(Problem problem, UriInfo uri) {
    return respond(
        problem.status(), problem.title(), problem.getMessage(), uri, problem.extensions());
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, UriInfo uri) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .map(v -> Map.of("field", field(v), "message", v.getMessage()))
            .sorted(Comparator.comparing(m -> m.get("field")))
            .toList();
    return respond(
        400, "Invalid request", "The request has invalid fields", uri, Map.of("errors", errors));
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e, UriInfo uri) {
    return problem(Problem.unreadable(e), uri);
  }

  /** More specific than JsonProcessingException, to take precedence over the built-in mapper. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    return problem(Problem.unreadable(e), uri);
  }

  @ServerExceptionMapper
  public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
    String detail =
        "lead_email_key".equals(e.getConstraintName())
            ? "A lead with this email already exists"
            : "The change conflicts with existing data";
    return respond(409, "Conflict", detail, uri, Map.of());
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException e, UriInfo uri) {
    if (DatabaseOutage.causes(e)) {
      return unavailable(uri);
    }
    return Response.fromResponse(
            respond(
                401,
                "Unauthorized",
                "Log in, or send a valid API key as Authorization: Bearer",
                uri,
                Map.of()))
        .header("WWW-Authenticate", "Bearer realm=\"parcours\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        403, "Forbidden", "Your role or API key scopes do not allow this", uri, Map.of());
  }

  @ServerExceptionMapper
  public Response stale(OptimisticLockException e, UriInfo uri) {
    return respond(
        412,
        "Precondition failed",
        "The resource was changed by someone else; read it again",
        uri,
        Map.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    String parameter = status == 404 ? unconvertedQueryParameter(e, uri) : null;
    if (parameter != null) {
      return problem(
          Problem.badRequest("Invalid value for query parameter '" + parameter + "'")
              .with("parameter", parameter),
          uri);
    }
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    return respond(status, title, status == 404 ? "No such resource" : title, uri, Map.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseOutage.causes(e)) {
      Log.warnf("Database unreachable: %s", e.getMessage());
      return unavailable(uri);
    }
    if (DatabaseOutage.refusedText(e)) {
      return respond(400, "Bad request", "Text may not contain the NUL character", uri, Map.of());
    }
    String incident = UUID.randomUUID().toString();
    Log.errorf(e, "Unexpected error, incident %s", incident);
    return respond(
        500, "Internal error", "An unexpected error occurred", uri, Map.of("incident", incident));
  }

  /**
   * JAX-RS answers 404 when a query parameter cannot be converted (limit=abc); that is a bad
   * request. The conversion error quotes the value, which names the parameter.
   */
  private static String unconvertedQueryParameter(WebApplicationException e, UriInfo uri) {
    if (e.getCause() == null || e.getCause().getMessage() == null || uri == null) {
      return null;
    }
    String message = e.getCause().getMessage();
    for (var p : uri.getQueryParameters().entrySet()) {
      for (String value : p.getValue()) {
        if (!value.isEmpty() && message.contains(value)) {
          return p.getKey();
        }
      }
    }
    return null;
  }

  /** Retrying is safe: creations take an Idempotency-Key, updates an If-Match. */
  private static Response unavailable(UriInfo uri) {
    return Response.fromResponse(
            respond(
                503,
                "Service unavailable",
                "The database cannot be reached right now; retry later",
                uri,
                Map.of()))
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  private static Response respond(
      int status, String title, String detail, UriInfo uri, Map<String, Object> ext) {
    String type = "https://parcours.dev/problems/" + slug(title);
    ProblemBody body =
        new ProblemBody(
            type,
            title,
            status,
            detail,
            uri == null ? null : uri.getRequestUri().getRawPath(),
            ext);
    return Response.status(status).type(MEDIA_TYPE).entity(body).build();
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  private static String field(ConstraintViolation<?> v) {
    // "create.request.email" names the field "email"; "search.limit" names the parameter "limit".
    List<Path.Node> nodes =
        StreamSupport.stream(v.getPropertyPath().spliterator(), false)
            .filter(n -> n.getKind() != ElementKind.METHOD)
            .toList();
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes = nodes.subList(1, nodes.size());
    }
    return nodes.stream().map(Object::toString).collect(Collectors.joining("."));
  }
}
