package io.parcours.email.rule;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleResourceTest {

  /** Seed 001's "news and a discount" template. */
  private static final String TEMPLATE = "00000000-0000-4000-8000-00000000e002";

  @Test
  void shouldCreateARuleWithContentAndADiscount() {
    create(
            Map.of(
                "contentTypes",
                List.of("NEWSLETTER", "DISCOUNT"),
                "discountKind",
                "AMOUNT",
                "discountValue",
                15,
                "discountCurrency",
                "EUR"))
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("delay", equalTo("P7D"))
        .body("contentTypes", equalTo(List.of("NEWSLETTER", "DISCOUNT")))
        .body("marketing", equalTo(true))
        .body("stopOnStageExit", equalTo(true))
        .body("active", equalTo(true));
  }

  @Test
  void shouldListTheSeededRulesOfAStage() {
    given()
        .when()
        .get("/api/email-rules?stage=CUSTOMER")
        .then()
        .statusCode(200)
        .body("items.name", hasItem("Customer +7 days: news and a discount"))
        .body("items.stage", org.hamcrest.Matchers.everyItem(equalTo("CUSTOMER")));
  }

  @Test
  void shouldRefuseAnInvalidDelayNamingTheField() {
    create(Map.of("delay", "next week")).statusCode(400).body("errors[0].field", equalTo("delay"));
    create(Map.of("delay", "-P1D")).statusCode(400).body("errors[0].field", equalTo("delay"));
  }

  @Test
  void shouldRefuseAnUnknownTemplateOrADiscountBeyondAHundredPercent() {
    create(Map.of("templateId", "00000000-0000-4000-8000-000000000000"))
        .statusCode(400)
        .body("errors[0].field", equalTo("templateId"));
    create(Map.of("discountKind", "PERCENT", "discountValue", 120))
        .statusCode(400)
        .body("errors[0].field", equalTo("discountValue"));
  }

  @Test
  void shouldDeleteARuleThatNeverPlannedAnEmailButKeepTheOthers() {
    String id = create(Map.of()).statusCode(201).extract().path("id");
    given().when().delete("/api/email-rules/" + id).then().statusCode(204);
    given().when().get("/api/email-rules/" + id).then().statusCode(404);
  }

  @Test
  void shouldKeepARuleThatPlannedEmails() {
    String persona = createPersona("Rule test");
    String id = create(Map.of("personaId", persona, "marketing", false)).extract().path("id");
    createLeadId(Map.of("stage", "LOYAL", "personaId", persona));

    given()
        .when()
        .delete("/api/email-rules/" + id)
        .then()
        .statusCode(409)
        .body("detail", equalTo("The rule has planned emails, which stay on record; deactivate it"))
        .body("emails", equalTo(1));
  }

  private static ValidatableResponse create(Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Rule");
    body.put("stage", "LOYAL");
    body.put("delay", "P7D");
    body.put("templateId", TEMPLATE);
    body.putAll(fields);
    return given().contentType(ContentType.JSON).body(body).when().post("/api/email-rules").then();
  }
}
