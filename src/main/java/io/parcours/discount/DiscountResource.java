package io.parcours.discount;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Problem;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/discounts/{code}")
@Tag(name = "Discounts")
public class DiscountResource {

  @Inject DiscountService discounts;
  @Inject ObjectMapper json;
  @Inject Validator validator;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "Read a discount code (dashes and case do not matter)")
  public DiscountView get(String code) {
    return DiscountView.from(discounts.get(code));
  }

  /** The body is optional: a checkout may redeem with a bare POST. */
  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/redeem")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Redeem a code once; expired or used codes answer 409, unknown ones (or those of a lead"
              + " the caller may not see) 404")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RedeemRequest.class)))
  public DiscountView redeem(String code, String body) {
    return DiscountView.from(discounts.redeem(code, read(body)));
  }

  private RedeemRequest read(String body) {
    if (body == null || body.isBlank()) {
      return new RedeemRequest(null);
    }
    RedeemRequest request;
    try {
      request = json.readValue(body, RedeemRequest.class);
    } catch (JsonProcessingException e) {
      throw Problem.unreadable(e);
    }
    if (request == null) {
      // The body "null": as good as no body.
      return new RedeemRequest(null);
    }
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
