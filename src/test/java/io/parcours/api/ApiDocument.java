package io.parcours.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/** The OpenAPI document the service serves, read as a tree: its operations and their schemas. */
final class ApiDocument {

  private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

  private final JsonNode root;
  private final String yaml;

  private ApiDocument(JsonNode root, String yaml) {
    this.root = root;
    this.yaml = yaml;
  }

  static ApiDocument served() {
    try {
      String json =
          given().queryParam("format", "json").when().get("/q/openapi").then().extract().asString();
      String yaml =
          given().queryParam("format", "yaml").when().get("/q/openapi").then().extract().asString();
      return new ApiDocument(new ObjectMapper().readTree(json), yaml);
    } catch (Exception e) {
      throw new IllegalStateException("The served OpenAPI document cannot be read", e);
    }
  }

  String yaml() {
    return yaml;
  }

  /** One operation: an HTTP method on a path template such as /api/leads/{id}. */
  record Operation(String method, String path, JsonNode node) {

    List<JsonNode> parameters(String in) {
      return StreamSupport.stream(node.path("parameters").spliterator(), false)
          .filter(p -> in.equals(p.path("in").asText()))
          .toList();
    }

    Optional<Map.Entry<String, JsonNode>> requestBody() {
      var fields = node.path("requestBody").path("content").fields();
      return fields.hasNext() ? Optional.of(fields.next()) : Optional.empty();
    }

    boolean secured() {
      return node.path("security").size() > 0;
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  /** Every operation, the deleting ones last (they take away what the others work on). */
  List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    root.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                METHODS.forEach(
                    m -> {
                      if (path.getValue().has(m)) {
                        all.add(new Operation(m, path.getKey(), path.getValue().get(m)));
                      }
                    }));
    all.sort(
        Comparator.comparing((Operation o) -> o.method.equals("delete"))
            .thenComparing(Operation::path)
            .thenComparing(Operation::method));
    return all;
  }

  /** Follows a {@code $ref} to the shared answer it names. */
  JsonNode response(JsonNode answer) {
    if (!answer.has("$ref")) {
      return answer;
    }
    String name = answer.get("$ref").asText().replace("#/components/responses/", "");
    return root.path("components").path("responses").path(name);
  }

  /** A node of the document by its path, such as webhooks or components/schemas/Event. */
  JsonNode at(String path) {
    return root.at("/" + path);
  }

  /** The names of the security schemes the document defines. */
  Set<String> securitySchemes() {
    Set<String> names = new HashSet<>();
    root.path("components").path("securitySchemes").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Follows a {@code $ref} to the schema it names. */
  JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s != null && s.has("$ref")) {
      String name = s.get("$ref").asText().replace("#/components/schemas/", "");
      s = root.path("components").path("schemas").path(name);
    }
    return s;
  }
}
