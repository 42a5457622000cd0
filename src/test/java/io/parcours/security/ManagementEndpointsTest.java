package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** As in production by default: metrics and the API document are not served; health is. */
@QuarkusTest
@TestProfile(ManagementEndpointsTest.Production.class)
class ManagementEndpointsTest {

  public static class Production implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("parcours.management.open", "false");
    }
  }

  private static final List<String> CLOSED =
      List.of(
          "/q/metrics",
          "/q/metrics/",
          "/q/openapi",
          "/q/openapi?format=json",
          "/q/openapi.json",
          "/q/openapi.yaml",
          "/q/swagger-ui",
          "/q/swagger-ui/",
          "/q/swagger-ui/index.html",
          "/q//metrics",
          "/q/./metrics",
          "/q/health/../metrics",
          "/api/../q/metrics",
          "/q/%6detrics",
          "/q/dev-ui",
          "/q/info");

  @Test
  void shouldHideEveryManagementEndpointButHealth() {
    List<String> open = new ArrayList<>();
    for (String path : CLOSED) {
      Response r = anonymous().urlEncodingEnabled(false).when().get(path);
      if (r.statusCode() != 404
          || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
        open.add(path + ": " + r.statusCode());
      }
    }
    assertEquals(List.of(), open);
  }

  @Test
  void shouldKeepHealthPublic() {
    anonymous().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    anonymous().when().get("/q/health").then().statusCode(200);
  }

  @Test
  void shouldAnswerClosedEndpointsAsProblems() {
    anonymous()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(404)
        .body("title", equalTo("Not found"))
        .body("detail", equalTo("No such resource"));
  }
}
