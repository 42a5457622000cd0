package io.parcours.discount;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/discounts/{code}")
@Tag(name = "Discounts")
public class DiscountResource {

  @Inject DiscountService discounts;

  @GET
  @Operation(summary = "Read a discount code (dashes and case do not matter)")
  public DiscountView get(String code) {
    return DiscountView.from(discounts.get(code));
  }

  @POST
  @Path("/redeem")
  @Operation(summary = "Redeem a code once; expired or used codes answer 409, unknown ones 404")
  public DiscountView redeem(String code, @Valid RedeemRequest request) {
    return DiscountView.from(discounts.redeem(code, request));
  }
}
