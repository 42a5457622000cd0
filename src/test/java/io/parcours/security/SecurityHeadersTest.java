package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The UI may not be framed, runs only its own scripts, and tells other sites little. */
@QuarkusTest
class SecurityHeadersTest {

  @Test
  void shouldSendAContentSecurityPolicyAndFrameProtectionWithThePages() {
    for (String path : new String[] {"/", "/index.html", "/js/app.js", "/api/leads"}) {
      anonymous()
          .when()
          .get(path)
          .then()
          .header("Content-Security-Policy", containsString("script-src 'self';"))
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("Content-Security-Policy", containsString("object-src 'none'"))
          .header("Content-Security-Policy", not(containsString("unsafe-eval")))
          .header("X-Frame-Options", equalTo("DENY"))
          .header("Referrer-Policy", equalTo("same-origin"));
    }
  }
}
