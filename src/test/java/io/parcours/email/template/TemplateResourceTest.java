package io.parcours.email.template;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemplateResourceTest {

  @Test
  void shouldCreateATemplateWithItsLanguages() {
    given()
        .contentType(ContentType.JSON)
        .body(template(Map.of("en", text("Hi {lead.firstName}"), "fr", text("Salut"))))
        .when()
        .post("/api/email-templates")
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/email-templates/[0-9a-f-]{36}"))
        .header("ETag", "\"0\"")
        .body("locales.en.subject", equalTo("Hi {lead.firstName}"))
        .body("locales.fr.html", equalTo("<p>Salut</p>"));
  }

  @Test
  void shouldRefuseATemplateThatDoesNotParseNamingTheLine() {
    // Qute finds the missing {/if} where the source ends.
    String html = "<p>Hello</p>\n<p>{#if lead.firstName}{lead.firstName}</p>\n<p>Bye</p>";

    create(Map.of("en", Map.of("subject", "Hi", "html", html, "text", "Hi")))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("locales.en.html"))
        .body("errors[0].line", equalTo(3))
        .body("errors[0].message", containsString("unterminated section [if]"))
        .body("detail", containsString("line 3"));
  }

  @Test
  void shouldRefuseAnUnknownLeadFieldNamingTheLine() {
    create(
            Map.of(
                "en", Map.of("subject", "Hi", "html", "<p>Hi</p>", "text", "Hi\n{lead.nickname}")))
        .statusCode(400)
        .body("errors[0].field", equalTo("locales.en.text"))
        .body("errors[0].line", equalTo(2));
  }

  @Test
  void shouldRefuseContentUsedWithoutCheckingThatTheEmailHasSome() {
    create(
            Map.of(
                "en",
                Map.of("subject", "Hi", "html", "<a href=\"{content.url}\">x</a>", "text", "Hi")))
        .statusCode(400)
        .body("errors[0].field", equalTo("locales.en.html"))
        .body("errors[0].line", equalTo(1));
  }

  @Test
  void shouldPreviewForALeadEscapingItsFieldsInItsLanguageOrEnglish() {
    String id =
        create(
                Map.of(
                    "en",
                        Map.of(
                            "subject",
                            "Hi {lead.firstName}",
                            "html",
                            "<p>Hi {lead.firstName}</p>",
                            "text",
                            "Hi"),
                    "fr", text("Salut")))
            .statusCode(201)
            .extract()
            .path("id");
    String lead = createLeadId(Map.of("firstName", "<script>x</script>", "locale", "de"));

    given()
        .when()
        .get("/api/email-templates/" + id + "/preview?leadId=" + lead)
        .then()
        .statusCode(200)
        .body("locale", equalTo("en"))
        .body("subject", equalTo("Hi <script>x</script>"))
        .body("html", equalTo("<p>Hi &lt;script&gt;x&lt;/script&gt;</p>"))
        .body("html", not(containsString("<script>")));
    given()
        .when()
        .get("/api/email-templates/" + id + "/preview?leadId=" + lead + "&locale=fr-CA")
        .then()
        .statusCode(200)
        .body("locale", equalTo("fr"));
  }

  @Test
  void shouldRefuseASecondTemplateWithTheSameName() {
    Map<String, Object> body = template(Map.of("en", text("Hi")));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/email-templates")
        .then()
        .statusCode(201);

    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/email-templates")
        .then()
        .statusCode(409)
        .body("detail", equalTo("An email template with this name already exists"));
  }

  @Test
  void shouldReplaceOnlyAgainstTheVersionRead() {
    String id = create(Map.of("en", text("Hi"))).statusCode(201).extract().path("id");
    Map<String, Object> changed = template(Map.of("en", text("Hello")));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(changed)
        .when()
        .put("/api/email-templates/" + id)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(changed)
        .when()
        .put("/api/email-templates/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("locales.en.subject", equalTo("Hello"));
  }

  private static ValidatableResponse create(Map<String, Object> locales) {
    return given()
        .contentType(ContentType.JSON)
        .body(template(locales))
        .when()
        .post("/api/email-templates")
        .then();
  }

  private static Map<String, Object> template(Map<String, Object> locales) {
    return Map.of("name", "Template " + UUID.randomUUID(), "locales", locales);
  }

  private static Map<String, Object> text(String subject) {
    return Map.of("subject", subject, "html", "<p>" + subject + "</p>", "text", subject);
  }
}
