import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver for the bench: answers 204 to every POST and appends one line per request,
 * "webhook-id event-id lead-id", to a file, before answering, after waiting delay-ms when given.
 * Usage: java Receiver.java port file [delay-ms]
 */
public class Receiver {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"");
  private static final Pattern LEAD = Pattern.compile("\"leadId\"\\s*:\\s*\"([0-9a-f-]+)\"");

  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(new FileWriter(args[1], true));
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
    long delay = args.length > 2 ? Long.parseLong(args[2]) : 0;
    http.setExecutor(Executors.newFixedThreadPool(64));
    http.createContext(
        "/",
        exchange -> {
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String id = exchange.getRequestHeaders().getFirst("webhook-id");
          if (delay > 0) {
            try {
              Thread.sleep(delay);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          synchronized (out) {
            out.println(id + " " + find(ID, body) + " " + find(LEAD, body));
            out.flush();
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    http.start();
    System.out.println("listening");
  }

  private static String find(Pattern p, String body) {
    Matcher m = p.matcher(body);
    return m.find() ? m.group(1) : "-";
  }
}
