package io.parcours.email.template;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.email.template.SandboxAttacks.Attack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every namespace and section the application's Qute engine knows, method calls on the model, and
 * sources built to exhaust the server, saved and previewed: each is refused with a 400 naming the
 * field, or renders without a single secret of the configuration. A template stored before the
 * sandbox existed is tried by the preview too.
 */
@QuarkusTest
class TemplateSandboxTest {

  private static final Set<Integer> ANSWERED = Set.of(200, 201, 400);

  @Inject Engine applicationEngine;

  @Test
  void shouldNeverRenderASecretWhateverTheTemplateTriesAtSaveOrPreview() {
    String lead = createLeadId(Map.of("firstName", "Camille", "locale", "en"));
    String stored = create("{lead.firstName}").then().statusCode(201).extract().path("id");
    List<String> violations = new ArrayList<>();
    List<Attack> attacks = attacks();

    for (Attack a : attacks) {
      check(a, "save", create(a.source()), violations);
      store(stored, a.source());
      check(a, "preview", preview(stored, lead), violations);
    }

    assertEquals(List.of(), violations, attacks.size() + " variants tried");
    assertTrue(attacks.size() > 400, "variants: " + attacks.size());
  }

  @Test
  void shouldRefuseEachExhaustingTemplateQuicklyAtSaveAndPreview() {
    String lead = createLeadId(Map.of("company", "C".repeat(200), "locale", "en"));
    String stored = create("{lead.firstName}").then().statusCode(201).extract().path("id");

    for (Attack a : SandboxAttacks.exhaustion()) {
      long start = System.nanoTime();
      refused(create(a.source()), a);
      store(stored, a.source());
      refused(preview(stored, lead), a);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 2_000, a.source().substring(0, 20) + "… took " + millis + " ms");
    }
  }

  @Test
  void shouldNameTheSourceLengthLimitOfATemplateTooLong() {
    given()
        .contentType(ContentType.JSON)
        .body(body(Map.of("subject", "Hi", "html", "x".repeat(100_001), "text", "Hi")))
        .when()
        .post("/api/email-templates")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", containsString("html"))
        .body("errors[0].message", containsString("sourceLength"))
        .body("errors[0].message", containsString("100000"));
  }

  @Test
  void shouldAnswerEveryRenderErrorWithAFieldAndALine() {
    Map<String, Integer> lines =
        Map.of(
            "Hi\n{time:format(lead,'x')}", 2,
            "Hi\n\n{lead.nickname}", 3,
            "{lead.firstName.foo}", 1,
            "Hi\n{#if lead.firstName > 3}x{/if}", 2,
            "{#if content}\n{content.title.bar}{/if}", 2,
            "{lead.firstName.or(}", 1);
    lines.forEach(
        (source, line) ->
            create(source)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad request"))
                .body("errors[0].field", equalTo("locales.en.html"))
                .body("errors[0].line", equalTo(line))
                .body("detail", containsString("locales.en.html")));
  }

  private static void refused(Response r, Attack a) {
    r.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("locales.en.html"));
    if (a.limit() != null) {
      r.then()
          .body("errors[0].limit", equalTo(a.limit()))
          .body("detail", containsString(a.limit()));
    }
  }

  private List<Attack> attacks() {
    Set<String> namespaces =
        applicationEngine.getNamespaceResolvers().stream()
            .map(NamespaceResolver::getNamespace)
            .collect(Collectors.toSet());
    Set<String> sections = applicationEngine.getSectionHelperFactories().keySet();
    return Stream.of(
            SandboxAttacks.namespaces(namespaces),
            SandboxAttacks.sections(sections),
            SandboxAttacks.calls(),
            SandboxAttacks.exhaustion())
        .flatMap(List::stream)
        .toList();
  }

  private static void check(Attack a, String phase, Response r, List<String> violations) {
    String body = r.asString();
    String where = phase + " " + a.source().substring(0, Math.min(80, a.source().length()));
    if (!ANSWERED.contains(r.statusCode())) {
      violations.add(where + ": status " + r.statusCode());
    } else if (r.statusCode() == 400
        && !(r.contentType().startsWith("application/problem+json")
            && body.contains("\"field\":\"locales.en."))) {
      violations.add(where + ": a 400 that names no field: " + body);
    }
    for (String secret : secrets()) {
      if (body.contains(secret)) {
        violations.add(where + ": answered a secret");
      }
    }
  }

  /** The configuration's secrets in this test run, and environment values. */
  static List<String> secrets() {
    var config = ConfigProvider.getConfig();
    return List.of(
        config.getValue("parcours.admin.password", String.class),
        config.getValue("parcours.consent.unsubscribe-secret", String.class),
        config.getValue("quarkus.datasource.password", String.class),
        System.getenv("PATH"),
        System.getProperty("java.home"));
  }

  /** Writes the source as a template saved before the sandbox would have checked it. */
  static void store(String id, String source) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EmailTemplate t = EmailTemplate.findById(UUID.fromString(id));
              t.locales.put("en", new TemplateText("Hi", source, source));
            });
  }

  private static Response preview(String id, String lead) {
    return given().when().get("/api/email-templates/" + id + "/preview?leadId=" + lead);
  }

  private static Response create(String source) {
    return given()
        .contentType(ContentType.JSON)
        .body(body(Map.of("subject", "Hi", "html", source, "text", source)))
        .when()
        .post("/api/email-templates");
  }

  private static Map<String, Object> body(Map<String, String> en) {
    return Map.of("name", "Sandbox " + UUID.randomUUID(), "locales", Map.of("en", en));
  }
}
