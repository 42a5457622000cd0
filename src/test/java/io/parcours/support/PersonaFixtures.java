package io.parcours.support;

import static io.parcours.support.Fixtures.createPersona;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Personas with journeys of their own, made through the API. */
public final class PersonaFixtures {

  private PersonaFixtures() {}

  /** A new persona going through these stages, with these score thresholds. */
  public static String personaWithJourney(
      String name, List<String> stages, Map<String, Integer> thresholds) {
    String persona = createPersona(name);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("stages", stages, "thresholds", thresholds))
        .when()
        .put("/api/personas/" + persona + "/journey")
        .then()
        .statusCode(200);
    return persona;
  }

  /** Every stage but REFLECTION. */
  public static final List<String> NO_REFLECTION =
      List.of("DISCOVERY", "DECISION", "CUSTOMER", "LOYAL", "ADVOCATE");
}
