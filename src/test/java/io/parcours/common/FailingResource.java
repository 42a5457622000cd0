package io.parcours.common;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/** Test-only endpoints that fail the way a bug or an outage would. */
@Path("/test/fail")
public class FailingResource {

  @GET
  @PermitAll
  @Operation(hidden = true)
  public String fail() {
    throw new IllegalStateException("secret internal detail at jdbc:postgresql://db");
  }

  /** What Hibernate throws when PostgreSQL refuses connections. */
  @GET
  @Path("/refused")
  @PermitAll
  @Operation(hidden = true)
  public String refused() {
    throw new JDBCConnectionException(
        "Unable to acquire JDBC Connection",
        new SQLException("Connection to 127.0.0.1:5433 refused", "08001"));
  }

  /** What is left of a connection PostgreSQL closed while shutting down. */
  @GET
  @Path("/shutdown")
  @PermitAll
  @Operation(hidden = true)
  public String shutdown() {
    throw new PersistenceException(
        new SQLException("terminating connection due to administrator command", "57P01"));
  }

  /** The pool gave up waiting for a connection. */
  @GET
  @Path("/pool-timeout")
  @PermitAll
  @Operation(hidden = true)
  public String poolTimeout() {
    throw new PersistenceException(new SQLException("Sorry, acquisition timeout!"));
  }

  /** A commit cut by the server's shutdown: the SQL error is suppressed inside the rollback. */
  @GET
  @Path("/commit")
  @PermitAll
  @Operation(hidden = true)
  public String commit() {
    jakarta.transaction.RollbackException rollback =
        new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(
        new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    throw new io.quarkus.narayana.jta.QuarkusTransactionException(rollback);
  }

  /** A query bug is not an outage. */
  @GET
  @Path("/syntax")
  @PermitAll
  @Operation(hidden = true)
  public String syntax() {
    throw new PersistenceException(new SQLException("syntax error at or near", "42601"));
  }
}
