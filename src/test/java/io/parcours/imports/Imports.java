package io.parcours.imports;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Uploads a CSV and follows its import to the end. */
final class Imports {

  private Imports() {}

  static ExtractableResponse<Response> upload(String csv) {
    return upload(csv.getBytes(StandardCharsets.UTF_8));
  }

  static ExtractableResponse<Response> upload(byte[] csv) {
    return given()
        .contentType("text/csv")
        .body(csv)
        .when()
        .post("/api/imports/leads")
        .then()
        .extract();
  }

  /** The import once it has finished (completed or failed), or after a minute. */
  static JsonPath finished(String id) throws InterruptedException {
    return finished(id, Duration.ofMinutes(1));
  }

  /** The import once it has finished (completed or failed), or after that long. */
  static JsonPath finished(String id, Duration patience) throws InterruptedException {
    long deadline = System.currentTimeMillis() + patience.toMillis();
    while (true) {
      JsonPath state =
          given().when().get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
      String status = state.getString("status");
      if (status.equals("COMPLETED") || status.equals("FAILED")) {
        return state;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("import " + id + " still " + status);
      }
      Thread.sleep(100);
    }
  }
}
