package io.parcours.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One generated request for an operation, sendable and printable for reproduction. */
record FuzzRequest(
    ApiDocument.Operation op,
    Map<String, String> path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String contentType,
    String body) {

  private static final Pattern HEADER_SAFE = Pattern.compile("[\\x20-\\x7e]{0,300}");

  static FuzzRequest generate(ApiDocument.Operation op, Generator gen, Map<String, String> ids) {
    Map<String, String> path = new LinkedHashMap<>();
    for (JsonNode p : op.parameters("path")) {
      String name = p.get("name").asText();
      String known = ids.get(fixtureKey(op.path(), name));
      if (known != null && gen.chance(0.7)) {
        path.put(name, known);
      } else if (gen.chance(0.4)) {
        path.put(name, gen.valid(name, p.path("schema"), 0).asText());
      } else {
        // An empty segment would address another operation: /api/emails/ is the list.
        String hostile = gen.hostile();
        path.put(name, hostile.isEmpty() ? "_" : hostile);
      }
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (JsonNode p : op.parameters("query")) {
      if (gen.chance(0.5)) {
        String name = p.get("name").asText();
        JsonNode value = gen.valid(name, p.path("schema"), 0);
        if (gen.chance(0.4)) {
          query.put(name, List.of(gen.hostile()));
        } else if (value.isArray()) {
          query.put(name, texts(value));
        } else {
          query.put(name, List.of(value.asText()));
        }
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (JsonNode p : op.parameters("header")) {
      if (gen.chance(0.6)) {
        String name = p.get("name").asText();
        String value =
            switch (name) {
              case "If-Match" ->
                  gen.pick(List.of("\"0\"", "\"1\"", "*", "W/\"0\"", headerSafe(gen)));
              case "Idempotency-Key" -> gen.chance(0.7) ? gen.uuid() : headerSafe(gen);
              default -> headerSafe(gen);
            };
        headers.put(name, value);
      }
    }
    String contentType = null;
    String body = null;
    var requestBody = op.requestBody();
    if (requestBody.isPresent()) {
      contentType = gen.chance(0.05) ? "text/plain" : requestBody.get().getKey();
      JsonNode valid = gen.valid("body", requestBody.get().getValue().path("schema"), 0);
      body = gen.chance(0.6) ? valid.toString() : gen.mutated(valid);
    }
    return new FuzzRequest(op, path, query, headers, contentType, body);
  }

  /**
   * A request the operation accepts from a caller who has the right: existing ids, a valid body.
   */
  static FuzzRequest valid(ApiDocument.Operation op, Generator gen, Map<String, String> ids) {
    Map<String, String> path = new LinkedHashMap<>();
    for (JsonNode p : op.parameters("path")) {
      String name = p.get("name").asText();
      String known = ids.get(fixtureKey(op.path(), name));
      path.put(name, known != null ? known : gen.valid(name, p.path("schema"), 0).asText());
    }
    var body = op.requestBody();
    return new FuzzRequest(
        op,
        path,
        Map.of(),
        Map.of(),
        body.map(Map.Entry::getKey).orElse(null),
        body.map(b -> gen.valid("body", b.getValue().path("schema"), 0).toString()).orElse(null));
  }

  /** Which fixture a path parameter takes: /api/leads/{id} a lead, {assignmentId} itself. */
  static String fixtureKey(String template, String name) {
    if (!name.equals("id")) {
      return name;
    }
    String before = template.substring(0, template.indexOf("{id}") - 1);
    return before.substring(before.lastIndexOf('/') + 1);
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }

  private static String headerSafe(Generator gen) {
    String value;
    do {
      value = gen.hostile();
    } while (!HEADER_SAFE.matcher(value).matches());
    return value;
  }

  FuzzRequest withQuery(String name, Object value) {
    Map<String, List<String>> q = new LinkedHashMap<>(query);
    q.put(name, List.of(String.valueOf(value)));
    return new FuzzRequest(op, path, q, headers, contentType, body);
  }

  /** The path with its parameters and the query, encoded here so that any value goes through. */
  String target() {
    String target = op.path();
    for (Map.Entry<String, String> p : path.entrySet()) {
      target = target.replace("{" + p.getKey() + "}", encode(p.getValue()));
    }
    StringBuilder q = new StringBuilder();
    query.forEach(
        (name, values) ->
            values.forEach(
                v ->
                    q.append(q.isEmpty() ? "?" : "&")
                        .append(encode(name))
                        .append('=')
                        .append(encode(v))));
    return target + q;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Sends it with the given credentials (by default the test key of TestAuth). */
  Response send(RequestSpecification given) {
    RequestSpecification r = given.urlEncodingEnabled(false);
    headers.forEach(r::header);
    if (body != null) {
      r.contentType(contentType).body(body);
    }
    return r.when().request(op.method(), target());
  }

  Response send() {
    return send(given());
  }

  @Override
  public String toString() {
    return op
        + " path="
        + path
        + " query="
        + query
        + " headers="
        + headers
        + (body == null ? "" : " " + contentType + " " + abbreviate(body));
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
  }
}
