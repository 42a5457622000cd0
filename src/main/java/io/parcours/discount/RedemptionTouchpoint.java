package io.parcours.discount;

import io.parcours.lead.Lead;
import io.parcours.touchpoint.Channel;
import io.parcours.touchpoint.TouchpointService;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** A redeemed code is a touchpoint of its lead, recorded in the redeeming transaction. */
@ApplicationScoped
public class RedemptionTouchpoint {

  static final String SOURCE = "discount";

  @Inject TouchpointService touchpoints;

  void on(@Observes DiscountRedeemed redeemed) {
    Lead lead = Lead.findForUpdate(redeemed.code().leadId).orElseThrow();
    Map<String, Object> properties = new HashMap<>();
    properties.put("code", redeemed.code().code);
    if (redeemed.redemption().orderReference != null) {
      properties.put("orderReference", redeemed.redemption().orderReference);
    }
    touchpoints.recordObserved(
        lead,
        Channel.OTHER,
        TouchpointType.DISCOUNT_REDEEMED,
        redeemed.redemption().at,
        SOURCE,
        redeemed.redemption().id.toString(),
        properties);
  }
}
