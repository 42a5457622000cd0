package io.parcours.referral;

import io.parcours.common.AppClock;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadReferred;
import io.parcours.touchpoint.Channel;
import io.parcours.touchpoint.TouchpointService;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A referred lead credits its advocate with a REFERRAL touchpoint, in the transaction that recorded
 * the referral, once per referred lead: the journeys entered by a referral reward the advocate.
 */
@ApplicationScoped
class ReferralCredit {

  static final String SOURCE = "referral";

  @Inject TouchpointService touchpoints;
  @Inject AppClock clock;

  void on(@Observes LeadReferred referred) {
    Lead advocate = Lead.findForUpdate(referred.advocateId()).orElseThrow();
    touchpoints.recordObserved(
        advocate,
        Channel.OTHER,
        TouchpointType.REFERRAL,
        clock.now(),
        SOURCE,
        referred.lead().id.toString(),
        Map.of("referredLeadId", referred.lead().id.toString()));
  }
}
