package io.parcours.discount;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Fixtures;
import io.parcours.support.TestAuth;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscountResourceTest {

  @Inject RedemptionLog log;

  private static Map<String, Object> issue(String leadId, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/leads/" + leadId + "/discounts")
        .then()
        .statusCode(201)
        .extract()
        .path("");
  }

  private static String issueCode(Map<String, Object> body) {
    return (String) issue(createLeadId(Map.of()), body).get("code");
  }

  @Test
  void shouldIssueAReadableSingleUseCodeThatExpiresAfterThirtyDaysByDefault() {
    String lead = createLeadId(Map.of());
    String code =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "PERCENT", "value", 15))
            .when()
            .post("/api/leads/" + lead + "/discounts")
            .then()
            .statusCode(201)
            .header("Location", matchesPattern(".*/api/discounts/[2-9A-HJ-NP-Z-]{17}"))
            .body("code", matchesPattern("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}"))
            .body("leadId", equalTo(lead))
            .body("kind", equalTo("PERCENT"))
            .body("value", equalTo(15))
            .body("redeemedAt", nullValue())
            .extract()
            .path("code");

    DiscountView view =
        given()
            .when()
            .get("/api/discounts/" + code)
            .then()
            .statusCode(200)
            .extract()
            .as(DiscountView.class);
    long days = Duration.between(view.createdAt(), view.expiresAt()).toDays();
    assertEquals(30, days);
    given()
        .when()
        .get("/api/leads/" + lead + "/discounts")
        .then()
        .body("items.code", equalTo(List.of(code)));
  }

  @Test
  void shouldRefuseInconsistentAmounts() {
    String lead = createLeadId(Map.of());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "AMOUNT", "value", 20))
        .when()
        .post("/api/leads/" + lead + "/discounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("currency"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "PERCENT", "value", 150))
        .when()
        .post("/api/leads/" + lead + "/discounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("value"));
  }

  @Test
  void shouldTakeTheJsonNullBodyForNoBody() {
    String code = issueCode(Map.of("kind", "PERCENT", "value", 10));

    given()
        .contentType(ContentType.JSON)
        .body("null")
        .when()
        .post("/api/discounts/" + code + "/redeem")
        .then()
        .statusCode(200)
        .body("redeemedAt", notNullValue());
  }

  @Test
  void shouldRedeemOnceAndAnswer409TheSecondTime() {
    String code = issueCode(Map.of("kind", "AMOUNT", "value", 20, "currency", "EUR"));

    String redeemedAt =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("orderReference", "order-42"))
            .when()
            .post("/api/discounts/" + code.toLowerCase().replace("-", "") + "/redeem")
            .then()
            .statusCode(200)
            .body("redeemedAt", notNullValue())
            .extract()
            .path("redeemedAt");

    given()
        .when()
        .post("/api/discounts/" + code + "/redeem")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("The discount code was already used"))
        .body("redeemedAt", equalTo(redeemedAt));
  }

  @Test
  void shouldRecordTheRedemptionAsATouchpointOfTheLead() {
    String lead = createLeadId(Map.of());
    String code = (String) issue(lead, Map.of("kind", "PERCENT", "value", 10)).get("code");

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("orderReference", "order-7"))
        .when()
        .post("/api/discounts/" + code + "/redeem")
        .then()
        .statusCode(200);

    given()
        .when()
        .get("/api/leads/" + lead + "/timeline")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'TOUCHPOINT' }.size()", equalTo(1))
        .body("items.find { it.kind == 'TOUCHPOINT' }.data.type", equalTo("DISCOUNT_REDEEMED"))
        .body(
            "items.find { it.kind == 'TOUCHPOINT' }.data.properties.orderReference",
            equalTo("order-7"));
  }

  @Test
  void shouldRedeemExactlyOnceWhenManyTryAtTheSameTime() throws Exception {
    Map<String, Object> body =
        issue(createLeadId(Map.of()), Map.of("kind", "PERCENT", "value", 10));
    String code = (String) body.get("code");
    int threads = 12;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return given().when().post("/api/discounts/" + code + "/redeem").statusCode();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : results) {
      statuses.add(f.get());
    }
    pool.shutdown();

    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(threads - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    UUID id = UUID.fromString((String) body.get("id"));
    assertEquals(
        1L, QuarkusTransaction.requiringNew().call(() -> DiscountRedemption.count("codeId", id)));
    assertEquals(1, log.count(id));
  }

  @Test
  void shouldRefuseAnExpiredCodeAndChangeNothing() {
    Map<String, Object> body = issue(createLeadId(Map.of()), Map.of("kind", "PERCENT", "value", 5));
    UUID id = UUID.fromString((String) body.get("id"));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                DiscountCode.update(
                    "expiresAt = ?1 where id = ?2", Instant.now().minusSeconds(60), id));

    given()
        .when()
        .post("/api/discounts/" + body.get("code") + "/redeem")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("The discount code has expired"))
        .body("expiresAt", notNullValue());

    given().when().get("/api/discounts/" + body.get("code")).then().body("redeemedAt", nullValue());
    assertEquals(
        0L, QuarkusTransaction.requiringNew().call(() -> DiscountRedemption.count("codeId", id)));
  }

  @Test
  void shouldAnswer404ForAnUnknownCode() {
    given()
        .when()
        .post("/api/discounts/ZZZZZ-ZZZZZ-ZZZZZ/redeem")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", equalTo("No discount code matches"));
  }

  @Test
  void shouldHideTheCodesOfAnotherSalespersonsLeadAndLeaveThemUnused() {
    TestAuth.Session alice = Fixtures.user("SALES");
    TestAuth.Session bob = Fixtures.user("SALES");
    String lead =
        Fixtures.as(alice)
            .contentType(ContentType.JSON)
            .body(Map.of("email", Fixtures.uniqueEmail()))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String code = (String) issue(lead, Map.of("kind", "PERCENT", "value", 10)).get("code");

    for (var r :
        List.of(
            Fixtures.as(bob).when().get("/api/discounts/" + code),
            Fixtures.as(bob).when().post("/api/discounts/" + code + "/redeem"))) {
      r.then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("detail", equalTo("No discount code matches"));
    }
    Fixtures.as(alice)
        .when()
        .get("/api/discounts/" + code)
        .then()
        .statusCode(200)
        .body("leadId", equalTo(lead))
        .body("redeemedAt", nullValue());
  }

  @Test
  void shouldRefuseAnExpiryInThePast() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "PERCENT", "value", 5, "expiresAt", "2020-01-01T00:00:00Z"))
        .when()
        .post("/api/leads/" + createLeadId(Map.of()) + "/discounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
  }
}
