package io.parcours.imports;

import static io.restassured.RestAssured.given;

import io.parcours.support.Poll;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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
  static JsonPath finished(String id) {
    return finished(id, Duration.ofMinutes(1));
  }

  /** The import once it has finished (completed or failed), or after that long. */
  static JsonPath finished(String id, Duration patience) {
    return Poll.until(
        () -> given().when().get("/api/imports/" + id).then().statusCode(200).extract().jsonPath(),
        state -> List.of("COMPLETED", "FAILED").contains(state.getString("status")),
        patience);
  }
}
