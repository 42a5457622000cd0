package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static io.restassured.RestAssured.given;

import io.parcours.support.TestAuth;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A salesperson's lead with one of everything attached (touchpoint, assignment, discount code,
 * planned email): the ids requests take, keyed as {@link FuzzRequest#fixtureKey} keys them, and the
 * values that must never reach another salesperson.
 */
record SalesWorld(TestAuth.Session session, Map<String, String> ids, Map<String, String> values) {

  /** Kinds of path parameter that name something of a salesperson's. */
  static final List<String> OWNED =
      List.of("leads", "touchpointId", "assignmentId", "code", "emails");

  /** Shared by both salespeople: a persona whose leads get an email planned on entry. */
  record Setup(String persona, String template, String journey) {}

  static Setup setup() {
    String persona = io.parcours.support.Fixtures.createPersona("ownership");
    String template =
        post(
            "/api/email-templates",
            Map.of(
                "name",
                "Ownership " + UUID.randomUUID(),
                "locales",
                Map.of("en", Map.of("subject", "Hello", "html", "<p>Hello</p>", "text", "Hello"))));
    String journey =
        post(
            "/api/journeys",
            Map.of(
                "name",
                "Ownership",
                "entryStage",
                "DISCOVERY",
                "personaId",
                persona,
                "steps",
                List.of(Map.of("kind", "SEND", "templateId", template, "marketing", false))));
    return new Setup(persona, template, journey);
  }

  static SalesWorld of(TestAuth.Session s, Setup setup) {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> values = new HashMap<>();
    values.put("email", "owned-" + mark + "@example.com");
    values.put("firstName", "First" + mark);
    values.put("tag", "tag-" + mark);
    values.put("note", "Note " + mark);
    values.put("externalId", "ext-" + mark);
    values.put("source", "crm-" + mark);
    Map<String, String> ids = new HashMap<>();
    ids.put("users", s.userId());
    String lead =
        as(s)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email", values.get("email"),
                    "firstName", values.get("firstName"),
                    "tags", List.of(values.get("tag")),
                    "personaId", setup.persona(),
                    "consent",
                        Map.of("status", "GRANTED", "basis", "CONSENT", "source", "ownership")))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    ids.put("leads", lead);
    ids.put(
        "touchpointId",
        create(
            s,
            "/api/leads/" + lead + "/touchpoints",
            Map.of(
                "channel", "PHONE",
                "type", "COMPLAINT",
                "note", values.get("note"),
                "externalId", values.get("externalId"),
                "source", values.get("source")),
            "id"));
    ids.put(
        "assignmentId",
        create(
            s,
            "/api/leads/" + lead + "/assignments",
            // made after the lead, so that no rule has given it to the lead already
            Map.of(
                "contentId",
                post(
                    "/api/content",
                    Map.of("title", "Owned", "type", "GUIDE", "stages", List.of("DISCOVERY")))),
            "id"));
    Map<String, Object> discount =
        as(s)
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "PERCENT", "value", 10))
            .when()
            .post("/api/leads/" + lead + "/discounts")
            .then()
            .statusCode(201)
            .extract()
            .path("");
    ids.put("code", (String) discount.get("code"));
    values.put("discountId", (String) discount.get("id"));
    values.put("normalisedCode", ((String) discount.get("code")).replace("-", ""));
    List<String> emails =
        given()
            .queryParam("leadId", lead)
            .when()
            .get("/api/emails")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    if (emails.isEmpty()) {
      throw new IllegalStateException("No email was planned for the lead");
    }
    ids.put("emails", emails.get(0));
    return new SalesWorld(s, ids, values);
  }

  /** What must not reach anyone else: the ids and the values only this salesperson has. */
  List<String> secrets() {
    return List.of(
        ids.get("leads"),
        ids.get("touchpointId"),
        ids.get("assignmentId"),
        ids.get("code"),
        ids.get("emails"),
        values.get("email"),
        values.get("firstName"),
        values.get("tag"),
        values.get("note"),
        values.get("discountId"),
        values.get("normalisedCode"));
  }

  /** What an administrator sees of everything this salesperson has. */
  String snapshot() {
    String lead = "/api/leads/" + ids.get("leads");
    StringBuilder s = new StringBuilder();
    for (String path :
        List.of(
            lead,
            lead + "/history",
            lead + "/timeline",
            lead + "/assignments",
            lead + "/discounts",
            lead + "/stage/targets",
            lead + "/touchpoints/" + ids.get("touchpointId"),
            lead + "/assignments/" + ids.get("assignmentId"),
            "/api/discounts/" + ids.get("code"),
            "/api/emails/" + ids.get("emails"))) {
      // secondsInStage grows with the clock: only what a change would touch is compared
      s.append(
          given()
              .when()
              .get(path)
              .then()
              .extract()
              .asString()
              .replaceAll("\"secondsInStage\":\\d+", ""));
    }
    return s.toString();
  }

  private static String create(
      TestAuth.Session s, String path, Map<String, Object> body, String field) {
    return as(s)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path(field);
  }

  private static String post(String path, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
