package io.parcours.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml must be what the service serves. After an API change, run
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true} and commit the file.
 */
@QuarkusTest
class OpenApiDocumentTest {

  private static final Path COMMITTED = Path.of("openapi/openapi.yaml");

  @Test
  void shouldServeTheCommittedDocument() throws IOException {
    String served =
        given()
            .queryParam("format", "yaml")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(COMMITTED, served);
    }
    assertEquals(
        Files.readString(COMMITTED),
        served,
        "openapi/openapi.yaml is out of date: run ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true");
  }
}
