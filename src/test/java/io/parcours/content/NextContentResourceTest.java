package io.parcours.content;

import static io.parcours.content.ContentFixtures.assign;
import static io.parcours.content.ContentFixtures.createItem;
import static io.parcours.content.ContentFixtures.nextContentIds;
import static io.parcours.content.ContentFixtures.setPersona;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.moveTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NextContentResourceTest {

  @Test
  void shouldPutThePersonasOwnItemFirstAndLeaveOutOtherPersonasLanguagesAndStages() {
    String persona = createPersona("Buyer");
    String lead =
        createLeadId(Map.of("personaId", persona, "stage", "DECISION", "locale", "fr-FR"));
    String generic = createItem(Map.of("type", "FAQ", "stages", List.of("DECISION")));
    String own =
        createItem(
            Map.of(
                "type",
                "FAQ",
                "stages",
                List.of("DECISION"),
                "personaIds",
                List.of(persona),
                "locale",
                "fr"));
    String otherPersona =
        createItem(
            Map.of(
                "type",
                "FAQ",
                "stages",
                List.of("DECISION"),
                "personaIds",
                List.of(createPersona("Other"))));
    String german =
        createItem(
            Map.of(
                "type",
                "FAQ",
                "stages",
                List.of("DECISION"),
                "personaIds",
                List.of(persona),
                "locale",
                "de"));
    String discovery =
        createItem(
            Map.of(
                "type", "GUIDE", "stages", List.of("DISCOVERY"), "personaIds", List.of(persona)));
    String inactive =
        createItem(
            Map.of(
                "type",
                "FAQ",
                "stages",
                List.of("DECISION"),
                "personaIds",
                List.of(persona),
                "active",
                false));

    List<String> ids = nextContentIds(lead);

    assertEquals(own, ids.get(0));
    assertTrue(ids.contains(generic));
    for (String excluded : List.of(otherPersona, german, discovery, inactive)) {
      assertFalse(ids.contains(excluded), excluded + " should not be offered");
    }
    given()
        .queryParam("limit", 1)
        .when()
        .get("/api/leads/" + lead + "/next-content")
        .then()
        .statusCode(200)
        .body("stage", equalTo("DECISION"))
        .body("items[0].why", hasItem("made for the lead's persona"))
        .body("items[0].why", hasItem("written in fr, the lead's language"));
  }

  @Test
  void shouldLeaveOutWhatTheLeadAlreadyReceived() {
    String persona = createPersona("Receiver");
    String lead = createLeadId(Map.of("personaId", persona, "stage", "REFLECTION"));
    String first =
        createItem(
            Map.of(
                "type",
                "WEBINAR",
                "stages",
                List.of("REFLECTION"),
                "personaIds",
                List.of(persona)));
    assertTrue(nextContentIds(lead).contains(first));

    assign(lead, first);

    assertFalse(nextContentIds(lead).contains(first));
  }

  @Test
  void shouldRankAnItemThatMadeLeadsAdvanceAboveANewerOne() {
    String persona = createPersona("Measured");
    String a = createLeadId(Map.of("personaId", persona, "stage", "REFLECTION"));
    String b = createLeadId(Map.of("personaId", persona, "stage", "REFLECTION"));
    Map<String, Object> webinar =
        Map.of("type", "WEBINAR", "stages", List.of("REFLECTION"), "personaIds", List.of(persona));
    String effective = createItem(webinar);
    String newer = createItem(webinar);
    assign(a, effective);
    assign(b, effective);
    moveTo(a, "DECISION", null);
    moveTo(b, "DECISION", null);
    // Created without the persona so that its automatic assignment cannot take either item.
    String lead = createLeadId(Map.of("stage", "REFLECTION"));
    setPersona(lead, persona);

    List<String> ids = nextContentIds(lead);

    assertTrue(ids.indexOf(effective) < ids.indexOf(newer), ids.toString());
    given()
        .when()
        .get("/api/leads/" + lead + "/next-content")
        .then()
        .body("items[0].item.id", equalTo(effective))
        .body("items[0].why", hasItem("2 of 2 leads who received it advanced (100%)"));
  }

  @Test
  void shouldShowEachLeadOnlyItsOwnVariantAlwaysTheSame() {
    String persona = createPersona("Tested");
    String group = "faq-" + UUID.randomUUID();
    List<String> leads =
        List.of(
            createLeadId(Map.of("personaId", persona, "stage", "DECISION")),
            createLeadId(Map.of("personaId", persona, "stage", "DECISION")),
            createLeadId(Map.of("personaId", persona, "stage", "DECISION")));
    Map<String, Object> variant =
        Map.of(
            "type",
            "FAQ",
            "stages",
            List.of("DECISION"),
            "personaIds",
            List.of(persona),
            "variantGroup",
            group);
    String light = createItem(variant);
    String heavy =
        createItem(
            Map.of(
                "variantWeight",
                3,
                "type",
                "FAQ",
                "stages",
                List.of("DECISION"),
                "personaIds",
                List.of(persona),
                "variantGroup",
                group));
    record Option(String id, int weight) {}
    List<Option> options =
        List.of(new Option(light, 1), new Option(heavy, 3)).stream()
            .sorted(Comparator.comparing(o -> UUID.fromString(o.id())))
            .toList();

    for (String lead : leads) {
      List<String> shown =
          nextContentIds(lead).stream().filter(List.of(light, heavy)::contains).toList();
      String expected = Variants.choose(UUID.fromString(lead), group, options, Option::weight).id();
      assertEquals(List.of(expected), shown);
      assertEquals(
          shown, nextContentIds(lead).stream().filter(List.of(light, heavy)::contains).toList());
    }
  }

  @Test
  void shouldAnswer404WithAProblemForAnUnknownLead() {
    given()
        .when()
        .get("/api/leads/" + UUID.randomUUID() + "/next-content")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Not found"));
  }

  @Test
  void shouldRefuseAnUnknownTypeNamingTheParameter() {
    String lead = createLeadId(Map.of());
    given()
        .queryParam("type", "PODCAST")
        .when()
        .get("/api/leads/" + lead + "/next-content")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("type"))
        .body("allowed", hasItem("WHITE_PAPER"));
  }
}
