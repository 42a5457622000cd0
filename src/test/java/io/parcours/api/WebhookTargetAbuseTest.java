package io.parcours.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.webhook.SsrfTable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhook targets that reach inside the network under another spelling are refused with a 400 and
 * no subscription is stored. Only the host name "localhost" is allow-listed in tests. The table of
 * the IANA special-purpose registries ({@link SsrfTable}) goes through the API too: the first, a
 * middle and the last address of every block, IPv4 ones as dotted, decimal, mapped, compatible,
 * NAT64, 6to4 and Teredo (the unit test, webhook/TargetGuardTest, tries every spelling).
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

  static Stream<String> blocks() {
    return Stream.concat(SsrfTable.IPV4.stream(), SsrfTable.IPV6.stream());
  }

  @ParameterizedTest
  @MethodSource("blocks")
  void shouldRefuseEveryAddressOfASpecialPurposeBlock(String block) {
    List<String> tried = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    for (InetAddress a : SsrfTable.samples(block)) {
      List<String> hosts =
          block.contains(":") ? SsrfTable.ipv6Hosts(a).subList(0, 2) : SsrfTable.ipv4HostsShort(a);
      for (String host : hosts) {
        String url = "http://" + host + ":8080/hook";
        tried.add(url);
        Response answer =
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
                .when()
                .post("/api/webhooks");
        if (answer.statusCode() != 400
            || !answer.contentType().startsWith("application/problem+json")
            || !"url".equals(answer.path("errors[0].field"))) {
          accepted.add(url + " -> " + answer.statusCode());
        }
      }
    }
    assertEquals(List.of(), accepted, block);
    List<String> stored =
        given().queryParam("limit", 200).when().get("/api/webhooks").path("items.url");
    assertEquals(List.of(), stored.stream().filter(tried::contains).toList(), block);
  }
}
