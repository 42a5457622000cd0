package io.parcours.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A subscriber's endpoint on the loopback interface, checking each delivery as Standard Webhooks
 * tells a receiver to: a recent timestamp and one v1 signature matching the secret. It keeps the
 * bodies of the verified deliveries and counts the others.
 */
final class SignedReceiver implements AutoCloseable {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final HttpServer server;
  private final byte[] key;
  private final List<String> verified = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  SignedReceiver(String secret) throws IOException {
    key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          var h = exchange.getRequestHeaders();
          boolean ok =
              valid(
                  h.getFirst("webhook-id"),
                  h.getFirst("webhook-timestamp"),
                  h.getFirst("webhook-signature"),
                  body);
          (ok ? verified : refused).add(body);
          exchange.sendResponseHeaders(ok ? 204 : 401, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/parcours";
  }

  List<String> verified() {
    return List.copyOf(verified);
  }

  List<String> refused() {
    return List.copyOf(refused);
  }

  private boolean valid(String id, String timestamp, String signatures, String body) {
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    try {
      Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
      if (Duration.between(signedAt, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
        return false;
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] expected =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      for (String signature : signatures.split(" ")) {
        if (signature.startsWith("v1,")
            && MessageDigest.isEqual(
                expected, Base64.getDecoder().decode(signature.substring("v1,".length())))) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
