import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The side of .ci/drills/smtp that is not the service: an SMTP sink whose behaviour is switched
 * while it runs, the set-up through the API, the measured API load, and the report.
 *
 * <pre>
 * java Smtp.java sink   PORT DIR DELAY_MS                     until stopped; DIR/sink-ready when up
 * java Smtp.java setup  BASE EMAIL PASSWORD                   prints an API key; adds the rule
 * java Smtp.java due    BASE KEY COUNT TAG                    COUNT leads moved to the rule's stage
 * java Smtp.java load   BASE KEY SECONDS CLIENTS PACE_MS FILE one line per request
 * java Smtp.java report DIR DUE PHASE...                      figures; exit 1 on a violation
 * </pre>
 *
 * The sink reads its mode from DIR/smtp-mode every 50 ms: ok (accepts after DELAY_MS), blackhole
 * (accepts connections, never answers), 451 (answers 451 to every recipient), refuse (nothing
 * listens; open sessions are closed). DIR/smtp.log holds ms|mode|NAME at each change and
 * ms|accept|OUTBOX_ID for each message accepted, written before the 250 that accepts it.
 *
 * <p>The report reads from DIR: load-PHASE.csv (kind,sent,done,status), outbox-PHASE.txt
 * (status|count at the end of the phase), failures-PHASE.txt (send failures the service logged
 * during the phase), emails.txt (id|status|sent at, epoch ms) and smtp.log.
 */
public class Smtp {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final String TEMPLATE = "00000000-0000-4000-8000-00000000e004";
  static final String RULE_STAGE = "REFLECTION";
  static final Pattern OUTBOX_ID =
      Pattern.compile("(?im)^Message-ID:\\s*<([0-9a-f-]{36})@[^>]*>");
  static final Set<String> FAULTS_THAT_SEND_NOTHING = Set.of("451", "refuse");
  static final long MIN_MARGIN_MS = 50;

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "sink" ->
          new Sink(Integer.parseInt(args[1]), Path.of(args[2]), Long.parseLong(args[3])).run();
      case "setup" -> System.out.println(setup(args[1], args[2], args[3]));
      case "due" -> due(args[1], args[2], Integer.parseInt(args[3]), args[4]);
      case "load" ->
          load(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Long.parseLong(args[5]),
              Path.of(args[6]));
      case "report" ->
          System.exit(
              new Report(
                      Path.of(args[1]),
                      Integer.parseInt(args[2]),
                      Arrays.asList(args).subList(3, args.length))
                  .run());
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  // --- Sink --------------------------------------------------------------------------------------

  static final class Sink {
    final int port;
    final Path dir;
    final long delay;
    final Writer journal;
    final Set<Socket> sessions = ConcurrentHashMap.newKeySet();
    volatile String mode = "ok";
    ServerSocket server;

    Sink(int port, Path dir, long delay) throws IOException {
      this.port = port;
      this.dir = dir;
      this.delay = delay;
      this.journal = Files.newBufferedWriter(dir.resolve("smtp.log"), StandardCharsets.UTF_8);
    }

    synchronized void log(String... fields) {
      try {
        journal.write(System.currentTimeMillis() + "|" + String.join("|", fields) + "\n");
        journal.flush();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    void run() throws Exception {
      listen();
      log("mode", mode);
      Files.writeString(dir.resolve("sink-ready"), "");
      Path control = dir.resolve("smtp-mode");
      while (true) {
        Thread.sleep(50);
        String wanted = Files.exists(control) ? Files.readString(control).trim() : "ok";
        if (wanted.isEmpty() || wanted.equals(mode)) {
          continue; // empty: read while the drill rewrites the file
        }
        if (wanted.equals("refuse")) {
          server.close();
          for (Socket s : sessions) {
            s.close();
          }
        } else if (mode.equals("refuse")) {
          listen();
        }
        mode = wanted;
        log("mode", mode);
      }
    }

    void listen() throws IOException {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      server = socket;
      new Thread(
              () -> {
                while (true) {
                  try {
                    Socket s = socket.accept();
                    sessions.add(s);
                    new Thread(() -> session(s)).start();
                  } catch (IOException e) {
                    return; // closed: mode refuse
                  }
                }
              })
          .start();
    }

    /** Just enough SMTP for a client that needs no TLS, no authentication and no pipelining. */
    void session(Socket socket) {
      try (socket;
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1))) {
        reply(socket, out, "220 127.0.0.1 ESMTP smtp drill sink");
        String line;
        while ((line = in.readLine()) != null) {
          String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
          switch (verb) {
            case "EHLO" -> reply(socket, out, "250-127.0.0.1\r\n250-8BITMIME\r\n250 SIZE 52428800");
            case "HELO" -> reply(socket, out, "250 127.0.0.1");
            case "QUIT" -> {
              reply(socket, out, "221 2.0.0 bye");
              return;
            }
            case "RCPT" ->
                reply(
                    socket, out, mode.equals("451") ? "451 4.3.0 try again later" : "250 2.1.5 ok");
            case "DATA" -> {
              reply(socket, out, "354 end with <CR><LF>.<CR><LF>");
              String headers = readMessage(in);
              if (headers == null) {
                return;
              }
              pause(delay);
              if (!mode.equals("ok")) {
                reply(socket, out, "451 4.3.0 try again later");
                continue;
              }
              Matcher m = OUTBOX_ID.matcher(headers);
              log("accept", m.find() ? m.group(1) : "-");
              // Once logged as accepted, answered at once whatever the mode has become.
              answer(out, "250 2.0.0 queued");
            }
            default -> reply(socket, out, "250 2.0.0 ok"); // MAIL, RSET, NOOP
          }
        }
      } catch (IOException e) {
        // Closed by the client, or by the switch to refuse.
      } finally {
        sessions.remove(socket);
      }
    }

    /**
     * A black hole reads what comes and never answers again, even once the mode has changed: a
     * late answer would come from no real server.
     */
    void reply(Socket socket, Writer out, String text) throws IOException {
      if (mode.equals("blackhole")) {
        while (socket.getInputStream().read() >= 0) {
          // Until the client gives up.
        }
        throw new IOException("closed by the client");
      }
      answer(out, text);
    }

    void answer(Writer out, String text) throws IOException {
      out.write(text + "\r\n");
      out.flush();
    }
  }

  /** The message's header block, once the lone dot that ends it has arrived; null if it did not. */
  static String readMessage(BufferedReader in) throws IOException {
    StringBuilder headers = new StringBuilder();
    boolean inHeaders = true;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.equals(".")) {
        return headers.toString();
      }
      if (line.isEmpty()) {
        inHeaders = false;
      }
      if (inHeaders) {
        headers.append(line).append('\n');
      }
    }
    return null;
  }

  // --- Set-up and emails due through the API -----------------------------------------------------

  static String setup(String base, String email, String password) throws Exception {
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(body("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password))),
            200);
    String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/api-keys"))
                .header("Content-Type", "application/json")
                .header("Cookie", cookie)
                .header("X-CSRF-Token", field(login.body(), "csrfToken"))
                .POST(
                    body(
                        "{\"name\":\"smtp drill\",\"scopes\":[\"leads:read\",\"leads:write\","
                            + "\"email:read\",\"email:write\"]}")),
            201);
    String key = field(created.body(), "key");
    send(
        post(
            base,
            key,
            "/api/journeys",
            ("{\"name\":\"SMTP drill: at once\",\"entryStage\":\"%s\",\"steps\":[{\"kind\":\"SEND\","
                    + "\"templateId\":\"%s\",\"marketing\":false}]}")
                .formatted(RULE_STAGE, TEMPLATE)),
        201);
    return key;
  }

  static void due(String base, String key, int count, String tag) throws Exception {
    String run = tag + "-" + Long.toString(System.currentTimeMillis(), 36);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> moves = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      String lead = "{\"email\":\"due-%s-%d@example.com\",\"locale\":\"en\"}".formatted(run, n);
      moves.add(
          pool.submit(
              () -> {
                String id = field(send(post(base, key, "/api/leads", lead), 201).body(), "id");
                return send(
                    HttpRequest.newBuilder(URI.create(base + "/api/leads/" + id + "/stage"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + key)
                        .header("If-Match", "*")
                        .POST(body("{\"stage\":\"" + RULE_STAGE + "\"}")),
                    200);
              }));
    }
    for (Future<?> move : moves) {
      move.get();
    }
    pool.shutdown();
  }

  // --- Load --------------------------------------------------------------------------------------

  /**
   * Each client alternates a read of the first page of leads and the creation of a lead, starting
   * one request every PACE_MS (at once when late); each line: kind,sent,done,status (-1: no
   * answer).
   */
  static void load(String base, String key, int seconds, int clients, long pace, Path file)
      throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    String run = Long.toString(System.nanoTime(), 36);
    ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                // Clients start staggered so that their requests do not come in bursts.
                long next = System.currentTimeMillis() + pace * client / clients;
                for (int n = 0; ; n++) {
                  long wait = next - System.currentTimeMillis();
                  if (wait > 0) {
                    pause(wait);
                  }
                  long sent = System.currentTimeMillis();
                  if (sent >= end) {
                    return;
                  }
                  next = Math.max(next + pace, sent);
                  boolean read = n % 2 == 0;
                  HttpRequest.Builder request =
                      read
                          ? HttpRequest.newBuilder(URI.create(base + "/api/leads?limit=50"))
                              .header("Authorization", "Bearer " + key)
                              .GET()
                          : post(
                              base,
                              key,
                              "/api/leads",
                              "{\"email\":\"load-%s-%d-%d@example.com\"}"
                                  .formatted(run, client, n));
                  int status;
                  try {
                    status =
                        HTTP.send(
                                request.timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                  } catch (IOException | InterruptedException e) {
                    status = -1;
                  }
                  lines.add(
                      String.join(
                          ",",
                          read ? "GET" : "POST",
                          Long.toString(sent),
                          Long.toString(System.currentTimeMillis()),
                          Integer.toString(status)));
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    Files.write(file, lines);
  }

  // --- Report ------------------------------------------------------------------------------------

  static final class Report {
    final Path dir;
    final int due;
    final List<String> phases;
    final List<String> violations = new ArrayList<>();

    Report(Path dir, int due, List<String> phases) {
      this.dir = dir;
      this.due = due;
      this.phases = phases;
    }

    List<String[]> rows(String file, String separator) throws IOException {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve(file))) {
        if (!line.isBlank()) {
          rows.add(line.split(separator, -1));
        }
      }
      return rows;
    }

    int run() throws IOException {
      List<String[]> emails = rows("emails.txt", "\\|");
      List<String[]> smtp = rows("smtp.log", "\\|");
      Map<String, long[]> windows = new HashMap<>();
      Map<String, long[]> latencies = new HashMap<>();
      for (String phase : phases) {
        List<String[]> requests = rows("load-" + phase + ".csv", ",");
        long start = requests.stream().mapToLong(r -> Long.parseLong(r[1])).min().orElse(0);
        long end = requests.stream().mapToLong(r -> Long.parseLong(r[2])).max().orElse(0);
        windows.put(phase, new long[] {start, end});
        latencies.put(
            phase,
            requests.stream()
                .mapToLong(r -> Long.parseLong(r[2]) - Long.parseLong(r[1]))
                .sorted()
                .toArray());
        long errors =
            requests.stream().filter(r -> !r[3].equals("200") && !r[3].equals("201")).count();
        if (errors > 0) {
          violations.add(phase + ": " + errors + " API requests failed");
        }
      }
      String healthy = phases.get(0);
      long healthyP95 = percentile(latencies.get(healthy), 95);
      long limit = Math.max(2 * healthyP95, healthyP95 + MIN_MARGIN_MS);
      System.out.printf(
          "%-10s %8s %6s %6s %6s %6s %6s %6s %9s %8s %7s %8s%n",
          "phase", "requests", "errors", "p50", "p95", "p99", "max", "rps", "sent", "pending",
          "failed", "smtp err");
      for (String phase : phases) {
        long[] l = latencies.get(phase);
        long[] w = windows.get(phase);
        long errors =
            rows("load-" + phase + ".csv", ",").stream()
                .filter(r -> !r[3].equals("200") && !r[3].equals("201"))
                .count();
        long sent =
            emails.stream()
                .filter(e -> !e[2].isEmpty())
                .mapToLong(e -> Long.parseLong(e[2]))
                .filter(at -> at >= w[0] && at <= w[1])
                .count();
        long accepted =
            smtp.stream()
                .filter(s -> s[1].equals("accept"))
                .mapToLong(s -> Long.parseLong(s[0]))
                .filter(at -> at >= w[0] && at <= w[1])
                .count();
        Map<String, Long> status = new TreeMap<>();
        for (String[] s : rows("outbox-" + phase + ".txt", "\\|")) {
          status.put(s[0], Long.parseLong(s[1]));
        }
        long pending = status.getOrDefault("PENDING", 0L) + status.getOrDefault("SENDING", 0L);
        String smtpErrors = Files.readString(dir.resolve("failures-" + phase + ".txt")).trim();
        System.out.printf(
            "%-10s %8d %6d %6d %6d %6d %6d %6.1f %4d/%-4d %8d %7d %8s%n",
            phase, l.length, errors, percentile(l, 50), percentile(l, 95), percentile(l, 99),
            l.length == 0 ? 0 : l[l.length - 1], l.length * 1000.0 / Math.max(1, w[1] - w[0]),
            sent, accepted, pending, status.getOrDefault("FAILED", 0L), smtpErrors);
        if (l.length == 0) {
          violations.add(phase + ": no request measured");
        }
        if (!phase.equals(healthy) && percentile(l, 95) > limit) {
          violations.add(phase + ": p95 " + percentile(l, 95) + " ms over the limit of " + limit);
        }
        if (FAULTS_THAT_SEND_NOTHING.contains(phase) && (sent > 0 || accepted > 0)) {
          violations.add(phase + ": " + sent + " rows SENT, " + accepted + " messages accepted");
        }
        if (!phase.equals(healthy) && pending == 0) {
          violations.add(phase + ": no email was waiting for SMTP at the end of the phase");
        }
      }
      System.out.printf(
          "latency in ms, from request sent to answer read; sent = rows SENT / messages accepted by"
              + " the sink during the phase; pending and failed at its end; smtp err = send"
              + " failures the service logged%n");
      System.out.printf(
          "limit for a fault phase's p95: max(2 x %d, %d + %d) = %d ms%n",
          healthyP95, healthyP95, MIN_MARGIN_MS, limit);
      emails(emails, smtp);
      System.out.printf("violations: %d%n", violations.size());
      violations.stream().limit(30).forEach(v -> System.out.println("  " + v));
      return violations.isEmpty() ? 0 : 1;
    }

    /** Once SMTP is healthy again, every email due is SENT and received once, or FAILED. */
    void emails(List<String[]> emails, List<String[]> smtp) {
      Map<String, Integer> received = new HashMap<>();
      int stray = 0;
      for (String[] s : smtp) {
        if (s[1].equals("accept")) {
          received.merge(s[2], 1, Integer::sum);
        }
      }
      Map<String, Integer> byStatus = new TreeMap<>();
      int once = 0;
      for (String[] e : emails) {
        byStatus.merge(e[1], 1, Integer::sum);
        int copies = received.getOrDefault(e[0], 0);
        if (e[1].equals("SENT") && copies == 1) {
          once++;
        } else if (!(e[1].equals("FAILED") && copies == 0)) {
          violations.add("email " + e[0] + " is " + e[1] + ", received " + copies + " times");
        }
      }
      for (String id : received.keySet()) {
        stray += emails.stream().anyMatch(e -> e[0].equals(id)) ? 0 : 1;
      }
      System.out.printf(
          "after the faults: emails due %d, by status %s; SENT and received exactly once: %d;"
              + " messages received %d, of no outbox row %d%n",
          emails.size(), byStatus, once, received.values().stream().mapToInt(i -> i).sum(), stray);
      if (emails.size() != due) {
        violations.add(emails.size() + " emails planned, " + due + " expected");
      }
      if (stray > 0) {
        violations.add(stray + " messages received of no outbox row");
      }
    }
  }

  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  // --- Helpers -----------------------------------------------------------------------------------

  static HttpRequest.Builder post(String base, String key, String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + key)
        .POST(body(json));
  }

  static HttpResponse<String> send(HttpRequest.Builder request, int expect)
      throws IOException, InterruptedException {
    HttpRequest r = request.timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expect) {
      throw new IllegalStateException(
          r.method() + " " + r.uri() + ": " + response.statusCode() + " " + response.body());
    }
    return response;
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
