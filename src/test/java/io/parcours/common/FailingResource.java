package io.parcours.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would. */
@Path("/test/fail")
public class FailingResource {

  @GET
  @PermitAll
  @Operation(hidden = true)
  public String fail() {
    throw new IllegalStateException("secret internal detail at jdbc:postgresql://db");
  }
}
