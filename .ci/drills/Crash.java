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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.sun.net.httpserver.HttpServer;

/**
 * The side of .ci/drills/crash that outlives the service it kills: an SMTP sink and a webhook
 * receiver that log what they accept before they answer, the set-up through the API, the feed
 * reader, and the report that holds their logs against the database.
 *
 * <pre>
 * java Crash.java sinks  SMTP_PORT HOOK_PORT DIR SMTP_DELAY_MS   until stopped; DIR/ready when up
 * java Crash.java setup  BASE EMAIL PASSWORD HOOK_URL LEADS     prints an API key
 * java Crash.java feed   BASE KEY FILE                          the whole feed, one event a line
 * java Crash.java report DIR LEADS KILLS                        figures; exit 1 on a violation
 * </pre>
 *
 * DIR holds, besides the sinks' logs (smtp.log, webhooks.log): kills.log (at|n|emails
 * outstanding|deliveries outstanding), emails.txt (id|status), deliveries.txt
 * (id|status|type|lead|attempts recorded), events.txt (the stored event ids in (txid, id) order),
 * feed-before.txt and feed-after.txt.
 */
public class Crash {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final String TEMPLATE = "00000000-0000-4000-8000-00000000e004";
  static final String RULE_STAGE = "REFLECTION";
  static final String[] SCOPES = {
    "leads:read", "leads:write", "email:read", "email:write", "events:read", "webhooks:admin"
  };
  static final long KILL_WINDOW_MS = 2_000;
  static final Pattern OUTBOX_ID =
      Pattern.compile("(?im)^Message-ID:\\s*<([0-9a-f-]{36})@[^>]*>");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "sinks" ->
          sinks(
              Integer.parseInt(args[1]),
              Integer.parseInt(args[2]),
              Path.of(args[3]),
              Long.parseLong(args[4]));
      case "setup" ->
          System.out.println(setup(args[1], args[2], args[3], args[4], Integer.parseInt(args[5])));
      case "feed" -> Files.write(Path.of(args[3]), feed(args[1], args[2]));
      case "report" ->
          System.exit(
              new Report(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                  .run());
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  // --- Sinks ---------------------------------------------------------------------------------

  /** One line per accepted message or delivery, written before the answer that accepts it. */
  static final class Journal {
    private final Writer out;

    Journal(Path file) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    synchronized void add(String... fields) {
      try {
        out.write(System.currentTimeMillis() + "|" + String.join("|", fields) + "\n");
        out.flush();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static void sinks(int smtpPort, int hookPort, Path dir, long smtpDelay) throws Exception {
    Journal mails = new Journal(dir.resolve("smtp.log"));
    Journal hooks = new Journal(dir.resolve("webhooks.log"));
    ServerSocket smtp = new ServerSocket();
    smtp.setReuseAddress(true);
    smtp.bind(new InetSocketAddress("127.0.0.1", smtpPort));
    Thread acceptor =
        new Thread(
            () -> {
              while (true) {
                try {
                  Socket s = smtp.accept();
                  new Thread(() -> smtpSession(s, mails, smtpDelay)).start();
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.start();
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", hookPort), 64);
    http.setExecutor(Executors.newFixedThreadPool(8));
    http.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            Map<?, ?> event = (Map<?, ?>) Json.parse(body);
            hooks.add(
                String.valueOf(id),
                String.valueOf(event.get("type")),
                String.valueOf(event.get("leadId")),
                String.valueOf(event.get("id")));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    http.start();
    Files.writeString(dir.resolve("ready"), "");
    acceptor.join();
  }

  /** Just enough SMTP for a client that needs no TLS, no authentication and no pipelining. */
  static void smtpSession(Socket socket, Journal mails, long delay) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1))) {
      reply(out, "220 127.0.0.1 ESMTP crash drill sink");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
        switch (verb) {
          case "EHLO" -> reply(out, "250-127.0.0.1\r\n250-8BITMIME\r\n250 SIZE 52428800");
          case "HELO" -> reply(out, "250 127.0.0.1");
          case "QUIT" -> {
            reply(out, "221 2.0.0 bye");
            return;
          }
          case "DATA" -> {
            reply(out, "354 end with <CR><LF>.<CR><LF>");
            String headers = readMessage(in);
            if (headers == null) {
              return; // cut off before the final dot: not accepted
            }
            pause(delay);
            Matcher m = OUTBOX_ID.matcher(headers);
            List<String> ids = new ArrayList<>();
            while (m.find()) {
              ids.add(m.group(1));
            }
            mails.add(ids.isEmpty() ? "-" : ids.get(0), Integer.toString(ids.size()));
            reply(out, "250 2.0.0 queued");
          }
          default -> reply(out, "250 2.0.0 ok"); // MAIL, RCPT, RSET, NOOP
        }
      }
    } catch (IOException e) {
      // The service was killed mid-conversation.
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

  static void reply(Writer out, String text) throws IOException {
    out.write(text + "\r\n");
    out.flush();
  }

  // --- Set-up through the API ------------------------------------------------------------------

  static String setup(String base, String email, String password, String hookUrl, int leads)
      throws Exception {
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(body("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password))),
            200);
    String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
    String csrf = (String) ((Map<?, ?>) Json.parse(login.body())).get("csrfToken");
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/api-keys"))
                .header("Content-Type", "application/json")
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf)
                .POST(
                    body(
                        "{\"name\":\"crash drill\",\"scopes\":[\"%s\"]}"
                            .formatted(String.join("\",\"", SCOPES)))),
            201);
    String key = (String) ((Map<?, ?>) Json.parse(created.body())).get("key");
    post(
        base,
        key,
        "/api/webhooks",
        "{\"url\":\"%s\",\"eventTypes\":[\"lead.stage_changed\",\"email.sent\"]}"
            .formatted(hookUrl),
        201);
    post(
        base,
        key,
        "/api/journeys",
        ("{\"name\":\"Crash drill: at once\",\"entryStage\":\"%s\",\"steps\":[{\"kind\":\"SEND\","
                + "\"templateId\":\"%s\",\"marketing\":false}]}")
            .formatted(RULE_STAGE, TEMPLATE),
        201);
    String run = Long.toString(System.currentTimeMillis(), 36);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> ids = new ArrayList<>();
    for (int n = 0; n < leads; n++) {
      String lead = "{\"email\":\"crash-%s-%d@example.com\",\"locale\":\"en\"}".formatted(run, n);
      ids.add(
          pool.submit(
              () ->
                  (String)
                      ((Map<?, ?>) Json.parse(post(base, key, "/api/leads", lead, 201).body()))
                          .get("id")));
    }
    List<Future<?>> moves = new ArrayList<>();
    for (Future<String> id : ids) {
      String lead = id.get();
      moves.add(
          pool.submit(
              () ->
                  send(
                      HttpRequest.newBuilder(URI.create(base + "/api/leads/" + lead + "/stage"))
                          .header("Content-Type", "application/json")
                          .header("Authorization", "Bearer " + key)
                          .header("If-Match", "*")
                          .POST(body("{\"stage\":\"" + RULE_STAGE + "\"}")),
                      200)));
    }
    for (Future<?> move : moves) {
      move.get();
    }
    pool.shutdown();
    return key;
  }

  static HttpResponse<String> post(String base, String key, String path, String json, int expect)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .POST(body(json)),
        expect);
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

  // --- The event feed ----------------------------------------------------------------------------

  /** Every event from the beginning, in feed order: id|type|lead|emailId (email.sent only). */
  static List<String> feed(String base, String key) throws Exception {
    List<String> lines = new ArrayList<>();
    String cursor = null;
    while (true) {
      String query =
          "/api/events?limit=1000"
              + (cursor == null ? "" : "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      HttpResponse<String> page =
          send(
              HttpRequest.newBuilder(URI.create(base + query))
                  .header("Authorization", "Bearer " + key)
                  .GET(),
              200);
      Map<?, ?> json = (Map<?, ?>) Json.parse(page.body());
      for (Object item : (List<?>) json.get("items")) {
        Map<?, ?> e = (Map<?, ?>) item;
        Map<?, ?> data = (Map<?, ?>) e.get("data");
        Object emailId = data == null ? null : data.get("emailId");
        lines.add(e.get("id") + "|" + e.get("type") + "|" + e.get("leadId") + "|" + emailId);
      }
      cursor = (String) json.get("nextCursor");
      if (!Boolean.TRUE.equals(json.get("more"))) {
        return lines;
      }
    }
  }

  // --- Report ------------------------------------------------------------------------------------

  static final class Report {
    final Path dir;
    final int leads;
    final int kills;
    final List<String> violations = new ArrayList<>();

    Report(Path dir, int leads, int kills) {
      this.dir = dir;
      this.leads = leads;
      this.kills = kills;
    }

    List<String[]> rows(String file) throws IOException {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve(file))) {
        if (!line.isBlank()) {
          rows.add(line.split("\\|", -1));
        }
      }
      return rows;
    }

    int run() throws IOException {
      List<long[]> killed = kills();
      Set<String> sent = emails();
      webhooks(killed);
      feed(sent);
      System.out.printf("violations: %d%n", violations.size());
      violations.stream().limit(30).forEach(v -> System.out.println("  " + v));
      return violations.isEmpty() ? 0 : 1;
    }

    /** Each kill: at, emails outstanding, deliveries outstanding. */
    List<long[]> kills() throws IOException {
      List<long[]> out = new ArrayList<>();
      for (String[] k : rows("kills.log")) {
        out.add(new long[] {Long.parseLong(k[0]), Long.parseLong(k[2]), Long.parseLong(k[3])});
      }
      long withEmails = out.stream().filter(k -> k[1] > 0).count();
      long withDeliveries = out.stream().filter(k -> k[2] > 0).count();
      System.out.printf(
          "kills: %d (kill -9), with emails still to send: %d, with webhooks still to deliver: %d%n",
          out.size(), withEmails, withDeliveries);
      if (out.size() != kills) {
        violations.add(out.size() + " kills instead of " + kills);
      }
      if (withEmails < kills / 2) {
        violations.add("only " + withEmails + " kills came while emails were being sent");
      }
      return out;
    }

    /** The email figures; answers the ids of the SENT rows. */
    Set<String> emails() throws IOException {
      Map<String, String> status = new LinkedHashMap<>();
      for (String[] r : rows("emails.txt")) {
        status.put(r[0], r[1]);
      }
      Map<String, Integer> received = new HashMap<>();
      int messages = 0;
      int stray = 0;
      int badIds = 0;
      for (String[] m : rows("smtp.log")) {
        messages++;
        if (!m[2].equals("1")) {
          badIds++;
        }
        if (!status.containsKey(m[1])) {
          stray++;
          continue;
        }
        received.merge(m[1], 1, Integer::sum);
      }
      Map<String, Integer> byStatus = new TreeMap<>();
      status.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
      int lost = 0;
      int duplicated = 0;
      int unknown = 0;
      int unknownReceived = 0;
      int unknownResent = 0;
      Set<String> sent = new HashSet<>();
      for (Map.Entry<String, String> e : status.entrySet()) {
        int copies = received.getOrDefault(e.getKey(), 0);
        String s = e.getValue();
        if (s.equals("SENT")) {
          sent.add(e.getKey());
        }
        if (copies > 1) {
          duplicated++;
          violations.add("email " + e.getKey() + " (" + s + ") received " + copies + " times");
        }
        if (s.equals("UNKNOWN")) {
          unknown++;
          unknownReceived += copies > 0 ? 1 : 0;
          unknownResent += copies > 1 ? 1 : 0;
        } else if (copies == 0 && !s.equals("FAILED")) {
          lost++;
          violations.add("email " + e.getKey() + " is " + s + " and was never received");
        }
      }
      System.out.printf("emails due: %d, by status: %s%n", status.size(), byStatus);
      System.out.printf(
          "emails received by the sink: %d messages, %d outbox rows%n",
          messages, received.size());
      System.out.printf("emails lost (due, neither received nor UNKNOWN/FAILED): %d%n", lost);
      System.out.printf("emails duplicated (same outbox row received twice): %d%n", duplicated);
      System.out.printf(
          "emails UNKNOWN: %d (received by the sink: %d, never received: %d), resent: %d%n",
          unknown, unknownReceived, unknown - unknownReceived, unknownResent);
      if (status.size() != leads) {
        violations.add(status.size() + " emails planned for " + leads + " leads moved");
      }
      if (stray > 0 || badIds > 0) {
        violations.add(
            stray + " messages of no outbox row, " + badIds + " without exactly one Message-ID");
      }
      return sent;
    }

    void webhooks(List<long[]> killed) throws IOException {
      Map<String, String[]> deliveries = new LinkedHashMap<>();
      Map<String, Integer> byType = new TreeMap<>();
      Map<String, Integer> byStatus = new TreeMap<>();
      for (String[] d : rows("deliveries.txt")) {
        deliveries.put("msg_" + d[0], d);
        byType.merge(d[2], 1, Integer::sum);
        byStatus.merge(d[1], 1, Integer::sum);
      }
      Map<String, List<Long>> received = new HashMap<>();
      // The first delivery of each lead's stage change and email, by arrival.
      Map<String, Integer> firstChange = new HashMap<>();
      Map<String, Integer> firstEmail = new HashMap<>();
      List<String[]> log = rows("webhooks.log");
      for (int i = 0; i < log.size(); i++) {
        String[] h = log.get(i);
        received.computeIfAbsent(h[1], k -> new ArrayList<>()).add(Long.parseLong(h[0]));
        Map<String, Integer> first = h[2].equals("email.sent") ? firstEmail : firstChange;
        first.putIfAbsent(h[3], i);
      }
      int lost = 0;
      int duplicates = 0;
      int lostOutcomes = 0;
      int afterFailure = 0;
      long furthestFromKill = 0;
      for (Map.Entry<String, String[]> e : deliveries.entrySet()) {
        List<Long> times = received.getOrDefault(e.getKey(), List.of());
        if (!e.getValue()[1].equals("DELIVERED")) {
          violations.add(
              "webhook " + e.getKey() + " is " + e.getValue()[1] + ", received " + times.size());
        }
        if (times.isEmpty()) {
          lost++;
          continue;
        }
        if (times.size() < 2) {
          continue;
        }
        duplicates += times.size() - 1;
        int recorded = Integer.parseInt(e.getValue()[4]);
        int unrecorded = Math.max(0, times.size() - recorded);
        lostOutcomes += unrecorded;
        afterFailure += times.size() - 1 - unrecorded;
        // A copy whose outcome was never recorded went out as the service was killed (the kill
        // is logged just before kill -9, so an answer in flight may come a few ms after it).
        for (int c = 0; c < unrecorded; c++) {
          long at = times.get(c);
          long distance =
              killed.stream().mapToLong(k -> Math.abs(k[0] - at)).min().orElse(Long.MAX_VALUE);
          furthestFromKill = Math.max(furthestFromKill, distance);
          if (distance > KILL_WINDOW_MS) {
            violations.add("webhook " + e.getKey() + " resent, its first copy far from any kill");
          }
        }
      }
      int stray = 0;
      for (String id : received.keySet()) {
        stray += deliveries.containsKey(id) ? 0 : 1;
      }
      int outOfOrder = 0;
      for (Map.Entry<String, Integer> e : firstEmail.entrySet()) {
        Integer change = firstChange.get(e.getKey());
        if (change == null || change > e.getValue()) {
          outOfOrder++;
        }
      }
      int requests = log.size();
      System.out.printf("webhook deliveries: %d, by type: %s, by status: %s%n",
          deliveries.size(), byType, byStatus);
      System.out.printf(
          "webhooks received: %d requests, %d webhook-ids%n", requests, received.size());
      System.out.printf("webhooks lost: %d%n", lost);
      System.out.printf(
          "webhook duplicates by webhook-id: %d (outcome lost in a kill: %d, first copy at most %d ms"
              + " from one; resent after a failed try: %d)%n",
          duplicates, lostOutcomes, furthestFromKill, afterFailure);
      System.out.printf(
          "webhook order per lead (lead.stage_changed before email.sent): %d out of order%n",
          outOfOrder);
      if (lostOutcomes > killed.size()) {
        violations.add(lostOutcomes + " webhook outcomes lost in " + killed.size() + " kills");
      }
      if (stray > 0 || outOfOrder > 0) {
        violations.add(stray + " webhooks of no delivery, " + outOfOrder + " leads out of order");
      }
    }

    void feed(Set<String> sent) throws IOException {
      List<String[]> before = rows("feed-before.txt");
      List<String[]> after = rows("feed-after.txt");
      Map<String, Integer> position = new HashMap<>();
      int duplicated = 0;
      for (int i = 0; i < after.size(); i++) {
        if (position.putIfAbsent(after.get(i)[0], i) != null) {
          duplicated++;
        }
      }
      int missing = 0;
      int outOfPlace = 0;
      for (int i = 0; i < before.size(); i++) {
        Integer at = position.get(before.get(i)[0]);
        if (at == null) {
          missing++;
        } else if (at != i) {
          outOfPlace++;
        }
      }
      System.out.printf(
          "feed: events before the first kill: %d, found after the restarts: %d, missing: %d,"
              + " duplicated: %d, out of place: %d%n",
          before.size(), before.size() - missing, missing, duplicated, outOfPlace);
      Map<String, Integer> types = new TreeMap<>();
      Map<String, Integer> sentEvents = new HashMap<>();
      for (String[] e : after) {
        types.merge(e[1], 1, Integer::sum);
        if (e[1].equals("email.sent")) {
          sentEvents.merge(e[3], 1, Integer::sum);
        }
      }
      List<String> stored = Files.readAllLines(dir.resolve("events.txt"));
      List<String> served = after.stream().map(e -> e[0]).toList();
      int unserved = 0;
      for (String id : stored) {
        unserved += position.containsKey(id) ? 0 : 1;
      }
      System.out.printf(
          "feed against the database: %d events stored, %d never served, same order: %s%n",
          stored.size(), unserved, served.equals(stored) ? "yes" : "no");
      if (!served.equals(stored)) {
        violations.add("the feed is not the stored events in (txid, id) order");
      }
      long matching = sentEvents.keySet().stream().filter(sent::contains).count();
      System.out.printf(
          "feed after the restarts: %d events %s; email.sent events of SENT rows: %d of %d%n",
          after.size(), types, matching, sent.size());
      if (missing > 0 || duplicated > 0 || outOfPlace > 0) {
        violations.add(
            "feed: " + missing + " missing, " + duplicated + " duplicated, " + outOfPlace
                + " out of place");
      }
      if (matching != sent.size() || sentEvents.size() != sent.size()
          || sentEvents.values().stream().anyMatch(n -> n != 1)) {
        violations.add("email.sent events do not match the SENT rows one to one");
      }
    }
  }

  // --- Helpers -----------------------------------------------------------------------------------

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A small JSON reader: objects, arrays, strings, numbers, booleans and null. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json j = new Json(text);
      Object v = j.value();
      j.space();
      if (j.i != text.length()) {
        throw new IllegalArgumentException("trailing characters at " + j.i);
      }
      return v;
    }

    private Object value() {
      space();
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          Map<String, Object> m = new LinkedHashMap<>();
          i++;
          space();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            space();
            String k = string();
            space();
            expect(':');
            m.put(k, value());
            space();
            if (s.charAt(i++) == '}') {
              return m;
            }
          }
        }
        case '[' -> {
          List<Object> l = new ArrayList<>();
          i++;
          space();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            space();
            if (s.charAt(i++) == ']') {
              return l;
            }
          }
        }
        case '"' -> {
          return string();
        }
        default -> {
          int start = i;
          while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
          }
          String word = s.substring(start, i);
          return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> Double.parseDouble(word);
          };
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(i++) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
      }
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
