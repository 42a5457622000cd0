package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadPatchTest {

  @Test
  void shouldChangeOnlyTheFieldsSentAndClearThoseSentAsNull() {
    String id =
        createLeadId(Map.of("firstName", "Léa", "company", "Dubois SA", "phone", "0102030405"));

    given()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"0\"")
        .body("{\"company\": \"Dubois Conseil\", \"phone\": null}")
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("firstName", equalTo("Léa"))
        .body("company", equalTo("Dubois Conseil"))
        .body("phone", nullValue())
        .body("version", equalTo(1));
  }

  @Test
  void shouldRequireIfMatch() {
    String id = createLeadId(Map.of());

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("company", "X"))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("title", equalTo("Precondition required"));
  }

  @Test
  void shouldRefuseAStaleVersionAndKeepTheOtherChange() {
    String id = createLeadId(Map.of());
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("company", "First writer"))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(200);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("company", "Second writer"))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("currentETag", equalTo("\"1\""));

    given().when().get("/api/leads/" + id).then().body("company", equalTo("First writer"));
  }

  @Test
  void shouldRefuseTakingTheEmailOfAnotherLead() {
    String taken = uniqueEmail();
    String other = createLeadId(Map.of("email", taken));
    String id = createLeadId(Map.of());

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("email", taken))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(409)
        .body("existingId", equalTo(other));
  }

  @Test
  void shouldValidateAPatchAndChangeNothing() {
    String id = createLeadId(Map.of("company", "Kept"));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body("{\"email\": null, \"company\": \"Changed\"}")
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("email"));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("locale", "français"))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("locale"));

    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .body("company", equalTo("Kept"))
        .body("version", equalTo(0));
  }

  @Test
  void shouldNotLetAPatchMoveTheStage() {
    String id = createLeadId(Map.of());

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("stage", "CUSTOMER"))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Unknown field 'stage'"));
  }
}
