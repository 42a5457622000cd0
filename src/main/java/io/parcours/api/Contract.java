package io.parcours.api;

import io.parcours.common.Created;
import io.parcours.common.ReadFreshness;
import io.parcours.security.Permission;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/** The parts of the document every operation shares: schemes, the problem, the headers. */
final class Contract {

  static final String SESSION = "session";
  static final String CSRF = "csrf";
  static final String API_KEY = "apiKey";
  static final String PROBLEM_TYPE = "application/problem+json";

  private static final Set<PathItem.HttpMethod> READING =
      Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

  /** The headers every answer to an API key carries (security/RequestGuards). */
  private static final Map<String, String> RATE_LIMIT = new LinkedHashMap<>();

  static {
    RATE_LIMIT.put("RateLimit-Limit", "Requests allowed per window");
    RATE_LIMIT.put("RateLimit-Remaining", "Requests left in the window");
    RATE_LIMIT.put("RateLimit-Reset", "Seconds until the window resets");
    RATE_LIMIT.put("RateLimit-Policy", "The limit and its window");
  }

  private Contract() {}

  /** An API key's answers, success or refusal, say how much of its budget is left. */
  static void rateLimited(java.util.Map<String, APIResponse> answers) {
    answers.forEach(
        (code, answer) -> {
          if (answer.getRef() == null && (code.startsWith("2") || code.startsWith("4"))) {
            RATE_LIMIT
                .keySet()
                .forEach(
                    name ->
                        answer.addHeader(
                            name, OASFactory.createHeader().ref("#/components/headers/" + name)));
          }
        });
  }

  static void components(Components components) {
    components.addSecurityScheme(
        SESSION,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name("parcours_session")
            .description("The session cookie set by POST /api/session (the web UI's login)."));
    components.addSecurityScheme(
        CSRF,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("X-CSRF-Token")
            .description("With a session, every change carries the session's csrfToken."));
    components.addSecurityScheme(
        API_KEY,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description(
                "An API key (Authorization: Bearer <key>); the scopes an operation lists are the"
                    + " ones the key needs."));
    components.addHeader(
        "ETag",
        header("The version of what is answered; send it back in If-Match", SchemaType.STRING));
    components.addHeader(
        ReadFreshness.SOURCE,
        header(
            "Where the answer was read: replica (may lag, see Replica-Replay-Time) or primary",
            SchemaType.STRING));
    components.addHeader(
        ReadFreshness.REPLAYED_AT,
        header(
            "With Read-Source replica: when the last transaction the replica replayed committed"
                + " on the primary (RFC 3339); the answer is at least that fresh",
            SchemaType.STRING));
    RATE_LIMIT.forEach(
        (name, description) ->
            components.addHeader(
                name,
                header(
                    description + " (API keys only)",
                    name.endsWith("Policy") ? SchemaType.STRING : SchemaType.INTEGER)));
    components.addResponse("TooManyRequests", tooManyRequests());
    components.addResponse("Unavailable", unavailable());
    components.addResponse("ServerError", serverError());
    components.addSchema("FieldError", fieldError());
    components.addSchema("Problem", problem());
  }

  /** The references of the schemas with a version: an answer carrying one carries its ETag. */
  static Set<String> versioned(Components components) {
    if (components.getSchemas() == null) {
      return Set.of();
    }
    return components.getSchemas().entrySet().stream()
        .filter(
            s ->
                s.getValue().getProperties() != null
                    && s.getValue().getProperties().containsKey("version"))
        .map(s -> "#/components/schemas/" + s.getKey())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * An operation with two success answers (created or merged, received or received before)
   * documents the body once: the other answer has the same.
   */
  static void shareSuccessBody(java.util.Map<String, APIResponse> answers) {
    Content body =
        answers.entrySet().stream()
            .filter(a -> a.getKey().startsWith("2") && a.getValue().getContent() != null)
            .map(a -> a.getValue().getContent())
            .findFirst()
            .orElse(null);
    answers.forEach(
        (code, answer) -> {
          boolean empty =
              answer.getContent() == null
                  || answer.getContent().getMediaTypes() == null
                  || answer.getContent().getMediaTypes().isEmpty();
          if (body != null
              && code.startsWith("2")
              && !code.equals("204")
              && empty
              && answer.getRef() == null) {
            answer.setContent(body);
          }
        });
  }

  /**
   * A creating operation answers 201 with its representation, named after the class; a class the
   * document does not hold fails the build.
   */
  static void created(Operation operation, Created created, Map<String, Schema> schemas) {
    String name = created.value().getSimpleName();
    if (schemas == null || !schemas.containsKey(name)) {
      throw new IllegalStateException("No schema " + name + " for " + operation.getOperationId());
    }
    operation.getResponses().removeAPIResponse("200");
    operation
        .getResponses()
        .addAPIResponse(
            "201",
            OASFactory.createAPIResponse()
                .description(created.description())
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            "application/json", OASFactory.createMediaType().schema(ref(name)))));
  }

  /** The resource's name without "Resource", then the method's: leadSearch, stageChange. */
  static String operationId(Method method) {
    String type = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
    String name = method.getName();
    return Character.toLowerCase(type.charAt(0))
        + type.substring(1)
        + Character.toUpperCase(name.charAt(0))
        + name.substring(1);
  }

  /** The summary, and what the caller needs: the permission, and whether a key may have it. */
  static String describe(String summary, String permission) {
    String who =
        permission == null
            ? "Any logged-in user or API key."
            : forKeys(permission)
                ? "Needs the "
                    + permission
                    + " permission: a user whose role has it, or an API key"
                    + " with that scope."
                : "Needs the "
                    + permission
                    + " permission, which only users (never API keys) have.";
    return summary + ". " + who;
  }

  /** Whether an API key may be granted what the operation needs (null: any caller). */
  static boolean forKeys(String permission) {
    return permission == null || Permission.SCOPES.contains(permission);
  }

  /** A session (with its CSRF header on changes), or an API key, each with the scope named. */
  static List<SecurityRequirement> security(String permission, PathItem.HttpMethod method) {
    List<String> scopes = permission == null ? List.of() : List.of(permission);
    List<SecurityRequirement> ways = new ArrayList<>();
    SecurityRequirement session = OASFactory.createSecurityRequirement().addScheme(SESSION, scopes);
    if (!READING.contains(method)) {
      session.addScheme(CSRF, List.of());
    }
    ways.add(session);
    if (forKeys(permission)) {
      ways.add(OASFactory.createSecurityRequirement().addScheme(API_KEY, scopes));
    }
    return ways;
  }

  /** A reference to one of the answers in components. */
  static APIResponse shared(String name) {
    return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
  }

  static APIResponse answer(String description) {
    return OASFactory.createAPIResponse().description(description);
  }

  private static APIResponse tooManyRequests() {
    return OASFactory.createAPIResponse()
        .description("Too many requests for this API key")
        .addHeader("Retry-After", header("Seconds to wait before the next try", SchemaType.INTEGER))
        .addHeader("RateLimit-Limit", header("Requests allowed per window", SchemaType.INTEGER))
        .addHeader("RateLimit-Remaining", header("Requests left in the window", SchemaType.INTEGER))
        .addHeader("RateLimit-Reset", header("Seconds until the window resets", SchemaType.INTEGER))
        .addHeader("RateLimit-Policy", header("The limit and its window", SchemaType.STRING))
        .content(problemContent());
  }

  private static APIResponse serverError() {
    return OASFactory.createAPIResponse()
        .description("An unexpected error; the problem names an incident, never the cause")
        .content(problemContent());
  }

  private static APIResponse unavailable() {
    return OASFactory.createAPIResponse()
        .description("The database cannot be reached; nothing was changed")
        .addHeader("Retry-After", header("Seconds to wait before the next try", SchemaType.INTEGER))
        .content(problemContent());
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(PROBLEM_TYPE, OASFactory.createMediaType().schema(ref("Problem")));
  }

  /** Errors as problem+json; a replayed answer and a created resource say so in headers. */
  static void shape(
      String code, APIResponse answer, boolean idempotent, boolean lagging, Set<String> versioned) {
    if (answer.getRef() != null) {
      return;
    }
    if (code.startsWith("4") || code.startsWith("5")) {
      answer.setContent(problemContent());
    } else if (answer.getContent() != null) {
      // CSV and HTML pages are text: say so where the generator had nothing to say.
      answer
          .getContent()
          .getMediaTypes()
          .forEach(
              (type, media) -> {
                boolean untyped = media.getSchema() == null || isEmpty(media.getSchema());
                if (untyped && type.startsWith("text/")) {
                  media.setSchema(text());
                }
              });
    }
    if (code.startsWith("2") && idempotent) {
      answer.addHeader(
          "Idempotent-Replayed",
          header("true when this is the stored answer to an earlier request", SchemaType.STRING));
    }
    if (code.startsWith("2") && carries(answer, versioned)) {
      answer.addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag"));
    }
    if (code.startsWith("2") && lagging) {
      for (String name : List.of(ReadFreshness.SOURCE, ReadFreshness.REPLAYED_AT)) {
        answer.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
      }
    }
    if ("201".equals(code)) {
      answer.addHeader("Location", header("Where the created resource is", SchemaType.STRING));
    }
  }

  private static boolean carries(APIResponse answer, Set<String> versioned) {
    return answer.getContent() != null
        && answer.getContent().getMediaTypes() != null
        && answer.getContent().getMediaTypes().values().stream()
            .anyMatch(
                m ->
                    m.getSchema() != null
                        && m.getSchema().getRef() != null
                        && versioned.contains(m.getSchema().getRef()));
  }

  private static boolean isEmpty(Schema schema) {
    return schema.getRef() == null && schema.getType() == null && schema.getProperties() == null;
  }

  private static Header header(String description, SchemaType type) {
    Schema schema = OASFactory.createSchema().addType(type);
    return OASFactory.createHeader()
        .description(description)
        .schema(type == SchemaType.INTEGER ? schema.format("int32") : schema);
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }

  private static Schema text() {
    return OASFactory.createSchema().addType(SchemaType.STRING);
  }

  private static Schema fieldError() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("One invalid field and why")
        .addProperty("field", text())
        .addProperty("message", text())
        .required(List.of("field", "message"));
  }

  /** RFC 9457; extension members (limit, max, maxBytes, …) are written beside the standard ones. */
  private static Schema problem() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("An error, as RFC 9457 problem details")
        .addProperty("type", text().format("uri-reference"))
        .addProperty("title", text())
        .addProperty(
            "status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
        .addProperty("detail", text())
        .addProperty("instance", text())
        .addProperty(
            "errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref("FieldError")))
        .required(List.of("type", "title", "status"))
        .additionalPropertiesBoolean(true);
  }
}
