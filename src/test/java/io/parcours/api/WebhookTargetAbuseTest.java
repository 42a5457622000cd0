package io.parcours.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhook targets that reach inside the network under another spelling are refused with a 400 and
 * no subscription is stored. Only the host name "localhost" is allow-listed in tests.
 */
@QuarkusTest
class WebhookTargetAbuseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706433/hook",
        "http://0177.0.0.1/hook",
        "http://0x7f.0.0.1/hook",
        "http://0x7f000001/hook",
        "http://127.1/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[0:0:0:0:0:ffff:7f00:1]/hook",
        "http://localhost./hook",
        "http://LOCALHOST.:80/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://0.0.0.0:8080/hook",
        "http://10.0.0.1/hook",
        "http://user@8.8.8.8/hook",
        "gopher://8.8.8.8/hook",
        "file:///etc/passwd"
      })
  void shouldRefuseAnInternalTargetWhateverItsSpelling(String url) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
        .when()
        .post("/api/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("url"));
    given()
        .when()
        .queryParam("limit", 200)
        .get("/api/webhooks")
        .then()
        .statusCode(200)
        .body("items.url", not(hasItem(url)));
  }
}
