package io.parcours.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * What every answer must be: never a 5xx, every 4xx a problem+json naming its status, every
 * documented answer shaped as its schema says.
 */
final class ResponseCheck {

  private final OpenApiInteractionValidator validator;

  ResponseCheck(ApiDocument api) {
    validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(api.yaml())
            .withLevelResolver(
                LevelResolver.create()
                    // Only answers the document describes are compared with it; the others
                    // are held to the problem+json rule below.
                    .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                    .build())
            .build();
  }

  List<String> violations(ApiDocument.Operation op, Response r) {
    List<String> found = new ArrayList<>();
    int status = r.statusCode();
    String type = r.contentType() == null ? "" : r.contentType();
    if (status >= 500) {
      found.add(op + " answered " + status);
    }
    if (status == 414) {
      // A request line over 4 KiB is refused by the HTTP codec before any handler runs: the
      // status is right, the body is not ours to shape.
      return found;
    }
    if (status >= 400 && status < 500) {
      if (op.path().startsWith("/unsubscribe/") && type.startsWith("text/html")) {
        // The unsubscribe link is a page for people, its errors too.
        return found;
      }
      if (!type.startsWith("application/problem+json")) {
        found.add(op + " answered " + status + " as '" + type + "', not problem+json");
      } else if (!Integer.valueOf(status).equals(r.jsonPath().get("status"))) {
        found.add(op + " answered " + status + " with a problem of another status");
      }
      return found;
    }
    if (status < 300) {
      SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
      if (!type.isEmpty()) {
        answer.withContentType(type).withBody(r.asString());
      }
      ValidationReport report =
          validator.validateResponse(
              op.path(), Request.Method.valueOf(op.method().toUpperCase()), answer.build());
      report.getMessages().stream()
          .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
          // The validator reads discriminators by Swagger 2's rules and refuses the feed's
          // OpenAPI 3 oneOf; GeneratedClientTest reads every event by its type, strictly.
          .filter(m -> !m.getMessage().contains("err.swaggerv2.discriminator"))
          .forEach(m -> found.add(op + " answered " + status + " off its schema: " + m));
    }
    return found;
  }
}
