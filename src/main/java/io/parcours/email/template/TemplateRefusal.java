package io.parcours.email.template;

import io.parcours.common.Problem;
import io.quarkus.qute.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template the sandbox refuses: a 400 naming the field, the line and, for a bound, the limit and
 * its value. At send time its message is the reason the email failed.
 */
public class TemplateRefusal extends Problem {

  private final String field;
  private final int line;
  private final String reason;
  private final String limit;
  private final long max;

  private TemplateRefusal(String field, int line, String reason, String limit, long max) {
    super(400, "Bad request", detail(field, line, reason, limit, max));
    this.field = field;
    this.line = line;
    this.reason = reason;
    this.limit = limit;
    this.max = max;
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("line", line);
    if (limit != null) {
      error.put("limit", limit);
      error.put("max", max);
    }
    error.put("message", reason);
    with("errors", List.of(error));
  }

  static TemplateRefusal invalid(String field, int line, String reason) {
    return new TemplateRefusal(field, line, reason, null, 0);
  }

  static TemplateRefusal limit(String field, String limit, long max, String unit) {
    return new TemplateRefusal(field, 0, limit + ": at most " + max + " " + unit, limit, max);
  }

  /** Qute's own message: it names the construct and the line, and never a value of the model. */
  static TemplateRefusal of(String field, TemplateException e) {
    int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
    String message = e.getMessage() == null ? "invalid template" : e.getMessage();
    return invalid(field, line, message);
  }

  TemplateRefusal at(String field) {
    return this.field != null ? this : new TemplateRefusal(field, line, reason, limit, max);
  }

  TemplateRefusal atLine(int line) {
    return new TemplateRefusal(field, line, reason, limit, max);
  }

  private static String detail(String field, int line, String reason, String limit, long max) {
    String where = "The template " + field;
    if (limit != null) {
      return where + " exceeds the limit " + limit + " (" + max + ")";
    }
    return where + " is not valid at line " + line + ": " + reason;
  }
}
