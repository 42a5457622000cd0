package io.parcours.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Stands between the application and the SMTP server, so that a test can take the server down or
 * make it answer 4xx or 5xx: each new connection follows the mode of the moment.
 */
public class SmtpGate {

  public enum Mode {
    /** Relays to the real SMTP server. */
    OPEN,
    /** Refuses connections: nothing listens. */
    DOWN,
    /** Answers 451 to every recipient. */
    TEMPORARY,
    /** Answers 550 to every recipient. */
    PERMANENT,
    /** Accepts the message's first lines, then drops the connection before its end. */
    CUT
  }

  private final int target;
  private final int port;
  private volatile Mode mode = Mode.OPEN;
  private ServerSocket listener;

  public SmtpGate(int target) throws IOException {
    this.target = target;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
  }

  public int port() {
    return port;
  }

  public synchronized void mode(Mode next) throws IOException {
    if (next == Mode.DOWN && listener != null) {
      listener.close();
      listener = null;
    } else if (next != Mode.DOWN && listener == null) {
      listener = listen(port);
    }
    mode = next;
  }

  public synchronized void close() throws IOException {
    if (listener != null) {
      listener.close();
    }
  }

  private ServerSocket listen(int at) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress("127.0.0.1", at));
    Thread accepter = new Thread(() -> accept(s), "smtp-gate");
    accepter.setDaemon(true);
    accepter.start();
    return s;
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Thread t = new Thread(() -> serve(client), "smtp-gate-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      if (mode == Mode.OPEN) {
        relay(client);
      } else if (mode == Mode.CUT) {
        refuse(client, "250 OK");
      } else {
        refuse(
            client,
            mode == Mode.TEMPORARY ? "451 4.3.0 Try again later" : "550 5.1.1 No such user");
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  /** Copies both ways until either side closes, then closes both: no connection is left open. */
  private void relay(Socket client) throws IOException {
    try (Socket server = new Socket("127.0.0.1", target)) {
      Thread up = new Thread(() -> pipe(client, server));
      up.setDaemon(true);
      up.start();
      pipe(server, client);
    }
  }

  private static void pipe(Socket from, Socket to) {
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      in.transferTo(out);
    } catch (IOException ignored) {
      // one side closed
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  private static void refuse(Socket client, String rcptReply) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
    reply(out, "220 gate ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
      switch (verb) {
        case "RCPT" -> reply(out, rcptReply);
        case "DATA" -> {
          // Only reached in CUT mode: take two lines of the message, then hang up mid-message.
          reply(out, "354 Go ahead");
          in.readLine();
          in.readLine();
          client.setSoLinger(true, 0); // a reset, as a crashed server or a broken link gives
          return;
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "250 OK");
      }
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }
}
