package io.parcours.ui;

import static io.parcours.support.Fixtures.as;

import io.parcours.support.TestAuth;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Users the browser logs in as, and the leads they own, made through the API. */
record People(String email, String password, TestAuth.Session session) {

  static final String PASSWORD = "a long enough password";

  static People create(String role) {
    String email = "ui-" + UUID.randomUUID() + "@example.com";
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                email,
                "name",
                role + " " + email.substring(3, 9),
                "role",
                role,
                "password",
                PASSWORD))
        .when()
        .post("/api/users")
        .then()
        .statusCode(201);
    return new People(email, PASSWORD, TestAuth.login(email, PASSWORD));
  }

  static People admin() {
    return new People(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD, TestAuth.admin());
  }

  /** A lead owned by this user (a salesperson's leads are his own). */
  String lead(Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.putIfAbsent("email", "lead-" + UUID.randomUUID() + "@example.com");
    return as(session)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
