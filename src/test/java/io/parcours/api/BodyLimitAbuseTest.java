package io.parcours.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The 4 MB limit holds whatever the spelling of the path and whatever the transport: only the
 * import route itself, spelled plainly, may send more, or stream a body of unknown length.
 */
@QuarkusTest
class BodyLimitAbuseTest {

  /** Above parcours.http.max-body-size (4M), far below the import's limit. */
  private static final int OVERSIZED = 5 * 1024 * 1024;

  /** Paths that reach another route than the import, or are not its plain spelling. */
  static final List<String> PATHS =
      List.of(
          "/api/imports/../leads",
          "/api/imports/%2e%2e/leads",
          "/api/imports/%2E%2E/leads",
          "/api/imports/.%2e/leads",
          "/api/imports/%2e./leads",
          "/api/imports/./../leads",
          "/api/imports/leads/../../leads",
          "/api/imports/x/../../leads",
          "/api/./imports/../leads",
          "/api//imports/../leads",
          "//api/imports/../leads",
          "/api/imports//../leads",
          "/api/imports/..//leads",
          "/api/imports/%2e%2e%2fleads",
          "/api/imports/..%2fleads",
          "/api/imports;x/../leads",
          "/api/imports/..;/leads",
          "/api/imports/leads;x",
          "/api/imports/leads;x/../../leads",
          "/API/IMPORTS/../leads",
          "/api/Imports/leads",
          "/api/imports/LEADS",
          "/api/imports/leads/",
          "/api/imports/leads/.",
          "/api/imports/leads/%2e",
          "/api/imports/leads/..",
          "/api/imports/%6ceads/../../leads",
          "/api/leads?next=/api/imports/leads");

  @Inject Vertx vertx;

  @Test
  void shouldRefuseAnOversizedBodyOnEverySpellingOfAnotherRoute() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String path : PATHS) {
      String answer = answerTo(path, "Content-Length: " + OVERSIZED + "\r\n\r\n");
      if (!refused(answer, 413)) {
        failures.add(path + " -> " + firstLine(answer));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void shouldRefuseABodyOfUnknownLengthOnEverySpellingOfAnotherRoute() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String path : PATHS) {
      String answer = answerTo(path, "Transfer-Encoding: chunked\r\n\r\n7\r\n{\"a\":1}\r\n");
      if (!refused(answer, 411)) {
        failures.add(path + " -> " + firstLine(answer));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void shouldHoldTheLimitOverHttp2AfterAnUpgrade() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String key = TestAuth.createKey(TestAuth.admin(), TestAuth.ALL_SCOPES, null);
    // The first request upgrades the connection to h2c; the next ones use HTTP/2 frames.
    HttpResponse<String> upgrade =
        client.send(
            request("/api/leads?limit=1", key).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(HttpClient.Version.HTTP_2, upgrade.version(), "h2c upgrade");

    HttpResponse<String> small = send(client, key, json(0), true);
    assertEquals(HttpClient.Version.HTTP_2, small.version());
    assertEquals(201, small.statusCode(), small.body());

    assertProblem(send(client, key, json(OVERSIZED), true), 413);
    assertProblem(send(client, key, json(OVERSIZED), false), 411);
    assertProblem(send(client, key, json(0), false), 411);
  }

  @Test
  void shouldRefuseAnHttp2BodyWithoutLengthWithPriorKnowledge() throws Exception {
    String key = TestAuth.createKey(TestAuth.admin(), TestAuth.ALL_SCOPES, null);
    byte[] body = json(2 * OVERSIZED);
    var client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false));
    try {
      StringBuilder answer = new StringBuilder();
      HttpClientResponse response =
          client
              .request(
                  new RequestOptions()
                      .setMethod(HttpMethod.POST)
                      .setHost("localhost")
                      .setPort(RestAssured.port)
                      .setURI("/api/leads")
                      .putHeader("Content-Type", "application/json")
                      .putHeader("Authorization", "Bearer " + key))
              .compose(
                  r -> {
                    r.setChunked(true);
                    // One slice, then the answer is awaited: it must come before the body is
                    // read. Only then is the stream ended, with the rest unsent.
                    r.write(Buffer.buffer().appendBytes(body, 0, 64 * 1024));
                    return r.response()
                        .compose(
                            received -> {
                              Promise<HttpClientResponse> settled = Promise.promise();
                              received.handler(chunk -> answer.append(chunk.toString()));
                              received.endHandler(v -> settled.tryComplete(received));
                              received.exceptionHandler(e -> settled.tryComplete(received));
                              r.end();
                              return settled.future();
                            });
                  })
              .toCompletionStage()
              .toCompletableFuture()
              .get(60, TimeUnit.SECONDS);

      assertEquals(HttpVersion.HTTP_2, response.version());
      assertEquals(411, response.statusCode(), answer.toString());
      assertEquals("application/problem+json", response.getHeader("content-type"));
      assertTrue(answer.toString().contains("\"status\":411"), answer.toString());
    } finally {
      client.close();
    }
  }

  private static HttpRequest.Builder request(String path, String key) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + key);
  }

  /** A POST of a lead, with its length or without (HTTP/2 then sends no content-length). */
  private static HttpResponse<String> send(
      HttpClient client, String key, byte[] body, boolean withLength) throws Exception {
    HttpRequest.BodyPublisher publisher =
        withLength
            ? HttpRequest.BodyPublishers.ofByteArray(body)
            : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    return client.send(
        request("/api/leads", key)
            .header("Content-Type", "application/json")
            .POST(publisher)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(HttpClient.Version.HTTP_2, response.version());
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/problem+json", response.headers().firstValue("content-type").get());
    assertTrue(response.body().contains("\"status\":" + status), response.body());
    assertTrue(response.body().contains("\"maxBytes\":4194304"), response.body());
  }

  /** A lead whose JSON is padded with spaces up to this size. */
  private static byte[] json(int size) {
    String lead = "{\"email\":\"lead-" + UUID.randomUUID() + "@example.com\"}";
    return (" ".repeat(Math.max(0, size - lead.length())) + lead).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean refused(String answer, int status) {
    return answer.startsWith("HTTP/1.1 " + status)
        && answer.contains("content-type: application/problem+json")
        && answer.contains("\"status\":" + status);
  }

  private static String firstLine(String answer) {
    int end = answer.indexOf('\r');
    return end < 0 ? answer : answer.substring(0, end);
  }

  /** The raw answer to a POST of this path whose head ends with these lines. */
  private static String answerTo(String path, String end) throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + end)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (SocketTimeoutException e) {
      // The server waits for the body: it would read it.
      return "no answer";
    }
  }
}
