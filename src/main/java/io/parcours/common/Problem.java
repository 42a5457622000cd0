package io.parcours.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error answered as RFC 9457 problem+json; thrown anywhere, mapped once by ProblemMapper. */
public class Problem extends RuntimeException {

  private final int status;
  private final String title;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public Problem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail);
  }

  public static Problem notFound(String what, Object id) {
    return new Problem(404, "Not found", what + " " + id + " does not exist");
  }

  public static Problem conflict(String detail) {
    return new Problem(409, "Conflict", detail);
  }

  public static Problem unprocessable(String detail) {
    return new Problem(422, "Unprocessable request", detail);
  }

  /** A 400 naming one invalid field, shaped like the Bean Validation answer. */
  public static Problem invalid(String field, String message) {
    return badRequest("The request has invalid fields")
        .with("errors", List.of(Map.of("field", field, "message", message)));
  }

  /** A 400 for a body Jackson could not read, naming the field when it can. */
  public static Problem unreadable(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return badRequest("Unknown field '" + path(u) + "'").with("known", u.getKnownPropertyIds());
    }
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      Problem p = badRequest("Invalid value for '" + path(m) + "'");
      Class<?> target = m.getTargetType();
      if (target != null && target.isEnum()) {
        p.with("allowed", Arrays.stream(target.getEnumConstants()).map(Object::toString).toList());
      }
      return p;
    }
    return badRequest("The request body is not valid JSON");
  }

  private static String path(MismatchedInputException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  public Problem with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
