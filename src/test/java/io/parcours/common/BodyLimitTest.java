package io.parcours.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodyLimitTest {

  /** Above quarkus.http.limits.max-body-size (4M). */
  private static final long OVERSIZED = 5L * 1024 * 1024;

  @Test
  void shouldRefuseAnOversizedBodyWith413ProblemBeforeReadingIt() throws IOException {
    // The answer must come before the client has sent a single byte of the body.
    String answer = answerTo("Content-Length: " + OVERSIZED + "\r\n\r\n");

    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("content-type: application/problem+json"), answer);
    assertTrue(answer.contains("\"status\":413"), answer);
    assertTrue(answer.contains("\"maxBytes\":4194304"), answer);
  }

  @Test
  void shouldRefuseAChunkedBodyOfUnknownLengthWith411Problem() throws IOException {
    // Without a length the whole body would be buffered up to the import's limit: refused at once.
    String answer = answerTo("Transfer-Encoding: chunked\r\n\r\n7\r\n{\"a\":1}\r\n");

    assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
    assertTrue(answer.contains("content-type: application/problem+json"), answer);
    assertTrue(answer.contains("\"status\":411"), answer);
  }

  /** The raw answer to a POST /api/leads whose head ends with these lines. */
  private static String answerTo(String end) throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/leads HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + end)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
