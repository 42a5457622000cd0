package io.parcours.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The requests one salesperson makes of an operation with another's ids and values: each of the
 * other's ids in the path (alone, then all together), then one's own path with the other's id or
 * search value in each query parameter, and with the other's lead, email or external id in the
 * body. Bodies hold only their required fields and the planted one, so that they get past
 * validation to the lookup.
 */
final class OwnershipVariants {

  /** A request, and where it carries the other salesperson's: path, query, body, or nowhere. */
  record Variant(FuzzRequest request, String place) {

    boolean othersInPath() {
      return place.equals("path");
    }
  }

  private final ApiDocument api;
  private final Generator own;
  private final Map<String, String> ownIds;
  private final SalesWorld other;

  /** ownIds: the caller's own ids and the shared ones, by fixture key. */
  OwnershipVariants(ApiDocument api, Map<String, String> ownIds, SalesWorld other) {
    this.api = api;
    this.own = new Generator(11L, api, ownIds).onlyKnownIds();
    this.ownIds = ownIds;
    this.other = other;
  }

  /** The path parameters of an operation that name something a salesperson owns. */
  static List<String> ownedParameters(ApiDocument.Operation op) {
    return op.parameters("path").stream()
        .map(p -> p.get("name").asText())
        .filter(n -> SalesWorld.OWNED.contains(FuzzRequest.fixtureKey(op.path(), n)))
        .toList();
  }

  List<Variant> of(ApiDocument.Operation op) {
    Map<String, String> headers = new LinkedHashMap<>();
    // Any version: what is tested is who may reach the resource, not optimistic locking.
    op.parameters("header").stream()
        .filter(h -> h.get("name").asText().equals("If-Match"))
        .forEach(h -> headers.put("If-Match", "*"));
    var requestBody = op.requestBody();
    String type = requestBody.map(Map.Entry::getKey).orElse(null);
    JsonNode schema = requestBody.map(b -> b.getValue().path("schema")).orElse(null);
    String body = schema == null ? null : build("body", schema, Map.of(), 0).toString();

    List<Variant> out = new ArrayList<>();
    List<String> owned = ownedParameters(op);
    for (String name : owned) {
      out.add(
          new Variant(request(op, path(op, Set.of(name)), Map.of(), headers, type, body), "path"));
    }
    if (owned.size() > 1) {
      Set<String> all = new HashSet<>(owned);
      out.add(new Variant(request(op, path(op, all), Map.of(), headers, type, body), "path"));
    }
    Map<String, String> mine = path(op, Set.of());
    out.add(new Variant(request(op, mine, Map.of(), headers, type, body), "nowhere"));
    for (JsonNode q : op.parameters("query")) {
      String name = q.get("name").asText();
      for (String value : othersValues(name, api.resolve(q.path("schema")))) {
        out.add(
            new Variant(
                request(op, mine, Map.of(name, List.of(value)), headers, type, body), "query"));
      }
    }
    if (schema != null) {
      for (Map<String, String> plant : plants()) {
        String field = plant.keySet().iterator().next();
        JsonNode planted = build("body", schema, plant, 0);
        if (planted.toString().contains(plant.get(field))) {
          out.add(
              new Variant(request(op, mine, Map.of(), headers, type, planted.toString()), "body"));
        }
      }
    }
    return out;
  }

  /** The same request with random ids where it had the other salesperson's. */
  FuzzRequest nowhere(FuzzRequest r) {
    Map<String, String> path = new LinkedHashMap<>(r.path());
    path.replaceAll(
        (name, value) -> other.ids().containsValue(value) ? UUID.randomUUID().toString() : value);
    return new FuzzRequest(r.op(), path, r.query(), r.headers(), r.contentType(), r.body());
  }

  private Map<String, String> path(ApiDocument.Operation op, Set<String> others) {
    Map<String, String> path = new LinkedHashMap<>();
    for (JsonNode p : op.parameters("path")) {
      String name = p.get("name").asText();
      String key = FuzzRequest.fixtureKey(op.path(), name);
      String known = (others.contains(name) ? other.ids() : ownIds).get(key);
      path.put(name, known != null ? known : own.valid(name, p.path("schema"), 0).asText());
    }
    return path;
  }

  /** The other's id for an id parameter of a kind he owns, his email or tag for a search. */
  private List<String> othersValues(String name, JsonNode schema) {
    if ("uuid".equals(schema.path("format").asText())) {
      String id = other.ids().get(Generator.fixtureOf(name));
      return id == null ? List.of() : List.of(id);
    }
    if ("string".equals(schema.path("type").asText("string"))
        && !schema.has("enum")
        && !schema.has("format")) {
      return List.of(name.equals("tag") ? other.values().get("tag") : other.values().get("email"));
    }
    return List.of();
  }

  /** Fields set to the other's values, the first one deciding whether a body takes them. */
  private List<Map<String, String>> plants() {
    List<Map<String, String>> plants = new ArrayList<>();
    plants.add(Map.of("leadId", other.ids().get("leads")));
    plants.add(Map.of("email", other.values().get("email")));
    Map<String, String> retried = new LinkedHashMap<>();
    retried.put("externalId", other.values().get("externalId"));
    retried.put("source", other.values().get("source"));
    retried.put("leadId", ownIds.get("leads"));
    plants.add(retried);
    for (String key : List.of("touchpointId", "assignmentId", "code")) {
      plants.add(Map.of(key, other.ids().get(key)));
    }
    return plants;
  }

  /** A value of the schema with only its required fields, and the plant where it fits. */
  private JsonNode build(String name, JsonNode schema, Map<String, String> plant, int depth) {
    JsonNode s = api.resolve(schema);
    if (s == null || depth > 5) {
      return Generator.NODES.nullNode();
    }
    if (s.has("properties")) {
      ObjectNode o = Generator.NODES.objectNode();
      Set<String> required = new HashSet<>();
      s.path("required").forEach(r -> required.add(r.asText()));
      boolean takes =
          !plant.isEmpty() && s.path("properties").has(plant.keySet().iterator().next());
      s.path("properties")
          .fields()
          .forEachRemaining(
              p -> {
                if (takes && plant.containsKey(p.getKey())) {
                  o.put(p.getKey(), plant.get(p.getKey()));
                } else if (required.contains(p.getKey())) {
                  o.set(p.getKey(), build(p.getKey(), p.getValue(), plant, depth + 1));
                }
              });
      return o;
    }
    if ("array".equals(s.path("type").asText()) && s.has("items")) {
      ArrayNode a = Generator.NODES.arrayNode();
      a.add(build(name, s.get("items"), plant, depth + 1));
      return a;
    }
    return own.valid(name, s, depth);
  }

  private static FuzzRequest request(
      ApiDocument.Operation op,
      Map<String, String> path,
      Map<String, List<String>> query,
      Map<String, String> headers,
      String type,
      String body) {
    return new FuzzRequest(op, path, query, headers, type, body);
  }
}
