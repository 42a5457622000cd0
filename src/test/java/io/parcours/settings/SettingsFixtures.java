package io.parcours.settings;

import static io.parcours.support.Fixtures.as;

import io.parcours.support.TestAuth;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Changes the settings as an administrator would, and puts the environment's values back. */
public final class SettingsFixtures {

  private SettingsFixtures() {}

  /** Stores these settings, every other one following its default. */
  public static void store(Map<String, Object> values) {
    String etag =
        as(TestAuth.admin())
            .when()
            .get("/api/settings")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(new HashMap<>(values))
        .when()
        .put("/api/settings")
        .then()
        .statusCode(200);
  }

  public static void reset() {
    store(Map.of());
  }
}
