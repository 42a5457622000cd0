import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of .ci/drills/outage: creates an API key, writes leads while PostgreSQL goes away
 * and comes back, logging every answer, then checks that log against the database.
 *
 * <pre>
 * java Faults.java key    BASE_URL EMAIL PASSWORD             prints an API key
 * java Faults.java load   BASE_URL KEY SECONDS WORKERS LOG    one line per request
 * java Faults.java report LOG EMAILS_IN_DB DOWN_MS UP_MS      figures; exit 1 on a violation
 * </pre>
 */
public class Faults {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  static final long RECOVERY_LIMIT_MS = 5_000;

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "key" -> System.out.println(key(args[1], args[2], args[3]));
      case "load" ->
          load(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Path.of(args[5]));
      case "report" ->
          System.exit(
              report(
                  Path.of(args[1]),
                  Path.of(args[2]),
                  Long.parseLong(args[3]),
                  Long.parseLong(args[4])));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static String key(String base, String email, String password) throws Exception {
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(body("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password))));
    String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
    String csrf = field(login.body(), "csrfToken");
    HttpResponse<String> key =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/api-keys"))
                .header("Content-Type", "application/json")
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf)
                .POST(body("{\"name\":\"faults\",\"scopes\":[\"leads:read\",\"leads:write\"]}")));
    if (key.statusCode() != 201) {
      throw new IllegalStateException("key: " + key.statusCode() + " " + key.body());
    }
    return field(key.body(), "key");
  }

  /** Workers write leads as fast as answers come; each line: sent,done,status,type,retry,email. */
  static void load(String base, String key, int seconds, int workers, Path log) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    String run = Long.toString(System.currentTimeMillis(), 36);
    ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread thread =
          new Thread(
              () -> {
                for (int n = 0; System.currentTimeMillis() < end; n++) {
                  String email = "fault-%s-%d-%d@example.com".formatted(run, worker, n);
                  String line = write(base, key, email);
                  lines.add(line);
                  if (!line.contains(",201,")) {
                    pause(20);
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    Files.write(log, lines);
  }

  static String write(String base, String key, String email) {
    long sent = System.currentTimeMillis();
    try {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/leads"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + key)
                  .POST(body("{\"email\":\"" + email + "\"}")));
      return String.join(
          ",",
          Long.toString(sent),
          Long.toString(System.currentTimeMillis()),
          Integer.toString(r.statusCode()),
          r.headers().firstValue("content-type").orElse("-"),
          r.headers().firstValue("retry-after").orElse("-"),
          email);
    } catch (IOException | InterruptedException e) {
      // No answer at all: a hung or dropped request.
      return sent + "," + System.currentTimeMillis() + ",-1,-,-," + email;
    }
  }

  static int report(Path log, Path emailsInDb, long down, long up) throws IOException {
    Set<String> stored = new HashSet<>(Files.readAllLines(emailsInDb));
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    int acknowledged = 0;
    int missing = 0;
    int storedUnacknowledged = 0;
    int duringOutage = 0;
    long firstSuccessAfterUp = Long.MAX_VALUE;
    long slowestFailure = 0;
    long lastSent = 0;
    List<String[]> failures = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      String[] f = line.split(",", 6);
      long sent = Long.parseLong(f[0]);
      long done = Long.parseLong(f[1]);
      int status = Integer.parseInt(f[2]);
      String email = f[5];
      lastSent = Math.max(lastSent, sent);
      statuses.merge(status < 0 ? "no answer" : Integer.toString(status), 1, Integer::sum);
      if (done >= down && sent <= up) {
        duringOutage++;
      }
      if (status == 201) {
        acknowledged++;
        if (!stored.contains(email)) {
          missing++;
        }
        if (done >= up) {
          firstSuccessAfterUp = Math.min(firstSuccessAfterUp, done);
        }
        continue;
      }
      failures.add(f);
      slowestFailure = Math.max(slowestFailure, done - sent);
      if (stored.contains(email)) {
        storedUnacknowledged++;
      }
      if (status == 503) {
        if (!f[3].startsWith("application/problem+json") || f[4].equals("-")) {
          violations.add("503 without problem+json or Retry-After: " + line);
        }
      } else {
        violations.add("answer other than 201 or 503: " + line);
      }
    }
    long recovered = firstSuccessAfterUp;
    long failedAfterRecovery =
        failures.stream().filter(f -> Long.parseLong(f[0]) >= recovered).count();
    long recovery = recovered == Long.MAX_VALUE ? -1 : recovered - up;
    System.out.printf(
        "requests: %d, by status: %s%n", statuses.values().stream().mapToInt(i -> i).sum(), statuses);
    System.out.printf(
        "outage: %d ms, requests answered during it: %d, slowest refusal: %d ms%n",
        up - down, duringOutage, slowestFailure);
    System.out.printf("acknowledged writes: %d, missing: %d%n", acknowledged, missing);
    System.out.printf("stored but answered 503 (commit outcome unknown): %d%n", storedUnacknowledged);
    System.out.printf(
        "recovery: first acknowledged write %d ms after PostgreSQL was back; failures after it: %d%n",
        recovery, failedAfterRecovery);
    if (missing > 0) {
      violations.add(missing + " acknowledged writes are missing");
    }
    if (recovery < 0 || recovery > RECOVERY_LIMIT_MS || failedAfterRecovery > 0) {
      violations.add("not recovered within " + RECOVERY_LIMIT_MS + " ms");
    }
    if (lastSent - up < 2 * RECOVERY_LIMIT_MS) {
      violations.add("the load stopped too soon after the restart to judge recovery");
    }
    if (duringOutage == 0) {
      violations.add("no request was answered during the outage");
    }
    System.out.printf("violations: %d%n", violations.size());
    violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
    return violations.isEmpty() ? 0 : 1;
  }

  static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
