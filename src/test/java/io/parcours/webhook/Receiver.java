package io.parcours.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver over real HTTP, as a subscriber would write one: it checks each signature and
 * answers the statuses it was told to, then 204.
 */
final class Receiver implements AutoCloseable {

  record Call(
      String path, String host, String id, String timestamp, String signature, String body) {}

  private final HttpServer server;
  private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
  private final List<Call> calls = new ArrayList<>();

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          var h = exchange.getRequestHeaders();
          synchronized (calls) {
            calls.add(
                new Call(
                    exchange.getRequestURI().getPath(),
                    h.getFirst("Host"),
                    h.getFirst("webhook-id"),
                    h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"),
                    body));
          }
          Integer status = answers.poll();
          int code = status == null ? 204 : status;
          if (code / 100 == 3) {
            exchange.getResponseHeaders().add("Location", "/elsewhere");
          }
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hook";
  }

  /** The loopback address it listens on. */
  InetAddress address() {
    return server.getAddress().getAddress();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The statuses of the next answers, in order. */
  void answer(Integer... statuses) {
    answers.addAll(List.of(statuses));
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Whether the call carries a valid Standard Webhooks signature under this secret. */
  static boolean verified(Call call, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String signed = call.id() + "." + call.timestamp() + "." + call.body();
    String expected =
        "v1,"
            + Base64.getEncoder()
                .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    List<String> given = new ArrayList<>(List.of(call.signature().split(" ")));
    return given.contains(expected);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
