package io.parcours.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The streaming replica .ci/replica starts on port 5433: tests pause its replay, or stop and start
 * it with pg_ctl, as an outage would.
 */
public final class ReplicaServer {

  public static final String URL = "jdbc:postgresql://127.0.0.1:5433/postgres";

  private ReplicaServer() {}

  public static void requireRunning() {
    if (!answers()) {
      throw new AssertionError("no replica on 127.0.0.1:5433: run .ci/replica first");
    }
  }

  public static void pauseReplay() {
    sql("select pg_wal_replay_pause()");
  }

  public static void resumeReplay() {
    sql("select pg_wal_replay_resume()");
  }

  public static void stop() {
    pgCtl("stop", "-m", "fast");
  }

  public static void start() {
    pgCtl("start", "-l", dataDirectory().resolve("replica.log").toString());
    Poll.until(ReplicaServer::answers, up -> up, Duration.ofSeconds(60));
  }

  private static boolean answers() {
    try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void sql(String statement) {
    try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  private static void pgCtl(String... args) {
    Path dir = dataDirectory();
    String version = dir.getParent().getFileName().toString();
    StringBuilder command =
        new StringBuilder("/usr/lib/postgresql/" + version + "/bin/pg_ctl -w -D " + dir);
    for (String a : args) {
      command.append(' ').append(a);
    }
    try {
      Process p =
          new ProcessBuilder("su", "postgres", "-c", command.toString())
              .redirectErrorStream(true)
              .start();
      if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            command + ": " + new String(p.getInputStream().readAllBytes()));
      }
    } catch (IOException e) {
      throw new IllegalStateException(command.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(command.toString(), e);
    }
  }

  private static Path dataDirectory() {
    try (var versions = Files.list(Path.of("/var/lib/postgresql"))) {
      List<Path> dirs =
          versions
              .map(v -> v.resolve("replica"))
              .filter(Files::isDirectory)
              .sorted(Comparator.reverseOrder())
              .toList();
      if (dirs.isEmpty()) {
        throw new IllegalStateException("no replica under /var/lib/postgresql: run .ci/replica");
      }
      return dirs.get(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
