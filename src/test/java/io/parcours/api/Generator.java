package io.parcours.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values for a schema of the OpenAPI document, drawn from a seeded random source: valid ones, and
 * the same with one thing broken. Ids of existing resources are used where a field names one, so
 * that requests get past "not found" to the code behind it.
 */
final class Generator {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings that break naive SQL, HTML, paths, parsers and headers. */
  static final List<String> HOSTILE =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE lead; --",
          "\" OR 1=1 --",
          "1) OR (1=1",
          "%",
          "_",
          "\\",
          "*/ /*",
          "$$",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "../../etc/passwd",
          "\u0000",
          "nul\u0000byte",
          "\uD83D\uDE00",
          "été",
          "",
          " ",
          "-1",
          "0",
          "99999999999999999999",
          "1e309",
          "NaN",
          "null",
          "${jndi:ldap://x/a}",
          "{{7*7}}",
          "%00",
          "line\r\nX-Injected: 1",
          "x".repeat(5000));

  /** Strings tried in turn for a schema that has a pattern. */
  private static final List<String> PATTERNED =
      List.of(
          "fuzz",
          "en",
          "EUR",
          "12.50",
          "https://example.com/fuzz",
          "fuzz-1",
          "Fuzz value",
          "FUZZ",
          "a1");

  private final Random random;
  private final ApiDocument api;
  private final Map<String, String> ids;

  private boolean onlyKnownIds;

  Generator(long seed, ApiDocument api, Map<String, String> ids) {
    this.random = new Random(seed);
    this.api = api;
    this.ids = ids;
  }

  /** Every id field names an existing resource, never a random one. */
  Generator onlyKnownIds() {
    onlyKnownIds = true;
    return this;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  String hostile() {
    return pick(HOSTILE);
  }

  String uuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** A value the schema accepts; {@code name} is the field or parameter it is for. */
  JsonNode valid(String name, JsonNode schema, int depth) {
    JsonNode s = api.resolve(schema);
    if (s == null || s.isMissingNode()) {
      return NODES.textNode("fuzz");
    }
    if (s.has("enum")) {
      return s.get("enum").get(random.nextInt(s.get("enum").size()));
    }
    String type = s.path("type").asText("string");
    return switch (type) {
      case "object" -> object(s, depth);
      case "array" -> array(name, s, depth);
      case "integer" -> NODES.numberNode(integer(s));
      case "number" -> NODES.numberNode(integer(s) + random.nextInt(100) / 100.0);
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      default -> NODES.textNode(string(name, s));
    };
  }

  private JsonNode object(JsonNode s, int depth) {
    ObjectNode o = NODES.objectNode();
    if (depth > 4) {
      return o;
    }
    List<String> required = new ArrayList<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    s.path("properties")
        .fields()
        .forEachRemaining(
            p -> {
              if (required.contains(p.getKey()) || chance(0.6)) {
                o.set(p.getKey(), valid(p.getKey(), p.getValue(), depth + 1));
              }
            });
    if (s.path("additionalProperties").isObject() && chance(0.5)) {
      o.set("key" + random.nextInt(10), valid("value", s.get("additionalProperties"), depth + 1));
    }
    return o;
  }

  private JsonNode array(String name, JsonNode s, int depth) {
    ArrayNode a = NODES.arrayNode();
    int min = s.path("minItems").asInt(0);
    int max = Math.min(s.path("maxItems").asInt(3), 3);
    int n = min + (max > min ? random.nextInt(max - min + 1) : 0);
    for (int i = 0; i < n; i++) {
      JsonNode item = valid(singular(name), s.path("items"), depth + 1);
      if (!s.path("uniqueItems").asBoolean() || !contains(a, item)) {
        a.add(item);
      }
    }
    return a;
  }

  private static boolean contains(ArrayNode a, JsonNode item) {
    for (JsonNode x : a) {
      if (x.equals(item)) {
        return true;
      }
    }
    return false;
  }

  private long integer(JsonNode s) {
    long min = s.has("minimum") ? s.get("minimum").asLong() : 0;
    long max = s.has("maximum") ? s.get("maximum").asLong() : min + 100;
    if (s.has("exclusiveMinimum")) {
      min = Math.max(min, s.get("exclusiveMinimum").asLong() + 1);
    }
    return min + (long) (random.nextDouble() * Math.min(max - min + 1, 1000));
  }

  private String string(String name, JsonNode s) {
    String format = s.path("format").asText("");
    String lower = name.toLowerCase();
    if (format.equals("uuid")) {
      String known = ids.get(fixtureOf(name));
      return known != null && (onlyKnownIds || chance(0.8)) ? known : uuid();
    }
    if (format.equals("date-time")) {
      return Instant.now().plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 30)).toString();
    }
    if (format.equals("date")) {
      return "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
    }
    if (format.equals("email") || lower.contains("email")) {
      return "fuzz-" + uuid() + "@example.com";
    }
    int maxLength = s.path("maxLength").asInt(Integer.MAX_VALUE);
    if (s.has("pattern")) {
      Pattern pattern = Pattern.compile(s.get("pattern").asText());
      for (String candidate : PATTERNED) {
        if (pattern.matcher(candidate).find() && candidate.length() <= maxLength) {
          return candidate;
        }
      }
    }
    String word = "fuzz " + Integer.toString(random.nextInt(1 << 20), 36);
    int minLength = s.path("minLength").asInt(0);
    while (word.length() < minLength) {
      word += "x";
    }
    return word.length() > maxLength ? word.substring(0, maxLength) : word;
  }

  /** The resource an id field points to: personaId and personaIds name a persona. */
  static String fixtureOf(String name) {
    String n = name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    return switch (n) {
      case "leadId" -> "leads";
      case "personaId" -> "personas";
      case "contentId" -> "content";
      case "ownerId", "userId" -> "users";
      default -> n;
    };
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  /** The same body with one thing broken, or a body that is not the expected JSON at all. */
  String mutated(JsonNode body) {
    if (chance(0.15)) {
      return pick(
          List.of(
              "",
              "{",
              "null",
              "[]",
              "\"text\"",
              "{\"a\":}",
              "[".repeat(5000),
              "{\"email\": \"x\", \"email\": 1}",
              "\uFEFF{}"));
    }
    JsonNode copy = body.deepCopy();
    if (!(copy instanceof ObjectNode o) || o.isEmpty()) {
      return chance(0.5) ? "{\"unexpected\":true}" : copy.toString();
    }
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    String field = pick(names);
    switch (random.nextInt(6)) {
      case 0 -> o.remove(field);
      case 1 -> o.putNull(field);
      case 2 ->
          o.set(
              field,
              pick(
                  List.of(
                      NODES.numberNode(12345),
                      NODES.textNode("text"),
                      NODES.booleanNode(true),
                      NODES.objectNode(),
                      NODES.arrayNode())));
      case 3 -> o.put(field, hostile());
      case 4 ->
          o.set(
              field,
              pick(
                  List.of(
                      NODES.numberNode(Long.MAX_VALUE),
                      NODES.numberNode(-1),
                      NODES.numberNode(new java.math.BigDecimal("1e400")),
                      NODES.numberNode(0.5))));
      default -> o.put("unexpected" + random.nextInt(3), "value");
    }
    return o.toString();
  }
}
