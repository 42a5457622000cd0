package io.parcours.security;

import static io.parcours.support.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Expired sessions and forgotten login failures do not stay in the database. */
@QuarkusTest
class SessionPurgeTest {

  @Inject DataSource dataSource;
  @Inject SessionPurge purge;

  @Test
  void shouldPurgeExpiredSessionsAndKeepLiveOnes() throws Exception {
    TestAuth.Session expired = user("SALES");
    TestAuth.Session live = user("SALES");
    sql(
        "update user_session set expires_at = now() - interval '1 second' where token_hash = ?",
        Tokens.sha256(expired.cookie()));

    purge.purge();

    assertEquals(0, count("user_session where token_hash = ?", Tokens.sha256(expired.cookie())));
    assertEquals(1, count("user_session where token_hash = ?", Tokens.sha256(live.cookie())));
  }

  @Test
  void shouldPurgeLoginFailuresOnceForgottenButKeepALockout() throws Exception {
    sql(
        "insert into login_throttle values ('address:old', 3, now() - interval '2 days', null)",
        null);
    sql(
        "insert into login_throttle values ('account:locked', 10, now() - interval '2 days',"
            + " now() + interval '1 hour')",
        null);

    purge.purge();

    assertEquals(0, count("login_throttle where key = ?", "address:old"));
    assertEquals(1, count("login_throttle where key = ?", "account:locked"));
    sql("delete from login_throttle where key = ?", "account:locked");
  }

  private void sql(String statement, String parameter) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      s.executeUpdate();
    }
  }

  private int count(String from, String parameter) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select count(*) from " + from)) {
      s.setString(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
