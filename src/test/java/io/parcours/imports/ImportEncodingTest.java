package io.parcours.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A file the database cannot read is refused in plain words: its encoding, its line. */
@QuarkusTest
class ImportEncodingTest {

  private static String email() {
    return "enc-" + UUID.randomUUID() + "@example.com";
  }

  @Test
  void shouldRefuseALatin1FileAsNotUtf8() {
    for (String csv :
        List.of(
            "email,first_name\n" + email() + ",Hélène\n",
            "email,prénom\n" + email() + ",x\n",
            "email,first_name\n" + email() + ",ok\n" + email() + ",Zoë\n")) {
      var refused = Imports.upload(csv.getBytes(StandardCharsets.ISO_8859_1));

      assertEquals(400, refused.statusCode(), refused.asString());
      assertEquals("application/problem+json", refused.contentType());
      assertTrue(refused.<String>path("detail").contains("must be encoded in UTF-8"));
    }
    var third =
        Imports.upload(
            ("email,first_name\n" + email() + ",ok\n" + email() + ",Zoë\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(3, third.<Integer>path("line"));
  }

  @Test
  void shouldDescribeABrokenFileWithoutTheDatabasesWords() throws Exception {
    String secret = "row-content-" + UUID.randomUUID();
    for (String csv :
        List.of(
            "email,first_name\n" + email() + ",a," + secret + "\n",
            "email,first_name,last_name\n" + email() + "," + secret + "\n",
            "email,first_name\n" + email() + ",\"" + secret + "\n",
            "email,first_name\n" + email() + "," + secret + "\u0000\n")) {
      JsonPath done = Imports.finished(Imports.upload(csv).path("id"));

      String error = done.getString("error");
      assertEquals("FAILED", done.getString("status"));
      assertTrue(error.matches("Line [23] of the file: .*"), error);
      assertTrue(error.contains("CSV") || error.contains("UTF-8"), error);
      for (String leak : List.of(secret, "import_row", "COPY", "ERROR", "column \"")) {
        assertFalse(error.contains(leak), error);
      }
    }
  }
}
