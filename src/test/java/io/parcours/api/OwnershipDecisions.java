package io.parcours.api;

import static io.parcours.api.OwnershipDecisions.Decision.DENIED;
import static io.parcours.api.OwnershipDecisions.Decision.HIDDEN;
import static io.parcours.api.OwnershipDecisions.Decision.PUBLIC;
import static io.parcours.api.OwnershipDecisions.Decision.SCOPED;

import java.util.Map;

/**
 * What each operation of the API does with a salesperson's data when another salesperson calls it.
 * Every operation of the document must be here: a new one fails the abuse test until someone
 * decides.
 */
final class OwnershipDecisions {

  enum Decision {
    /** A salesperson may not call it at all: 403, whatever it is given. */
    DENIED,
    /** Its path names a salesperson's lead or what hangs on it: someone else's is 404. */
    HIDDEN,
    /** A list, a report, or a write on one's own or shared things: nothing of anyone else's. */
    SCOPED,
    /** No login: the path carries a capability (an unsubscribe token). */
    PUBLIC
  }

  static final Map<String, Decision> OPERATIONS =
      Map.ofEntries(
          Map.entry("GET /api/analytics/ab-tests", DENIED),
          Map.entry("GET /api/analytics/channels", DENIED),
          Map.entry("GET /api/analytics/content", DENIED),
          Map.entry("GET /api/analytics/drop-off", DENIED),
          Map.entry("GET /api/analytics/emails", DENIED),
          Map.entry("GET /api/analytics/funnel", DENIED),
          Map.entry("GET /api/analytics/referrals", DENIED),
          Map.entry("GET /api/analytics/stalled", DENIED),
          Map.entry("GET /api/analytics/time-in-stage", DENIED),
          Map.entry("GET /api/api-keys", DENIED),
          Map.entry("POST /api/api-keys", DENIED),
          Map.entry("DELETE /api/api-keys/{id}", DENIED),
          Map.entry("GET /api/board", SCOPED),
          Map.entry("GET /api/content", SCOPED),
          Map.entry("POST /api/content", DENIED),
          Map.entry("GET /api/content/gaps", SCOPED),
          Map.entry("GET /api/content/stage-types", SCOPED),
          Map.entry("PUT /api/content/stage-types/{stage}", DENIED),
          Map.entry("GET /api/content/{id}", SCOPED),
          Map.entry("PUT /api/content/{id}", DENIED),
          Map.entry("DELETE /api/content/{id}", DENIED),
          Map.entry("GET /api/discounts/{code}", HIDDEN),
          Map.entry("POST /api/discounts/{code}/redeem", HIDDEN),
          Map.entry("GET /api/journeys", SCOPED),
          Map.entry("POST /api/journeys", DENIED),
          Map.entry("GET /api/journeys/{id}", SCOPED),
          Map.entry("GET /api/journeys/{id}/stats", SCOPED),
          Map.entry("GET /api/settings", DENIED),
          Map.entry("PUT /api/settings", DENIED),
          Map.entry("GET /api/settings/audit", DENIED),
          Map.entry("PUT /api/journeys/{id}", DENIED),
          Map.entry("DELETE /api/journeys/{id}", DENIED),
          Map.entry("GET /api/email-templates", SCOPED),
          Map.entry("POST /api/email-templates", DENIED),
          Map.entry("GET /api/email-templates/{id}", SCOPED),
          Map.entry("PUT /api/email-templates/{id}", DENIED),
          Map.entry("DELETE /api/email-templates/{id}", DENIED),
          Map.entry("GET /api/email-templates/{id}/preview", SCOPED),
          Map.entry("GET /api/emails", SCOPED),
          Map.entry("GET /api/emails/{id}", HIDDEN),
          Map.entry("POST /api/emails/{id}/requeue", DENIED),
          Map.entry("GET /api/events", DENIED),
          Map.entry("GET /api/exports/leads.csv", SCOPED),
          Map.entry("GET /api/friction", SCOPED),
          Map.entry("POST /api/imports/leads", DENIED),
          Map.entry("GET /api/imports/{id}", DENIED),
          Map.entry("GET /api/imports/{id}/errors", DENIED),
          Map.entry("GET /api/imports/{id}/rejected.csv", DENIED),
          Map.entry("GET /api/journey-rules", SCOPED),
          Map.entry("POST /api/journey-rules", DENIED),
          Map.entry("GET /api/journey-rules/{id}", SCOPED),
          Map.entry("PUT /api/journey-rules/{id}", DENIED),
          Map.entry("DELETE /api/journey-rules/{id}", DENIED),
          Map.entry("GET /api/leads", SCOPED),
          Map.entry("POST /api/leads", SCOPED),
          Map.entry("PUT /api/leads/by-email", SCOPED),
          Map.entry("POST /api/leads/batch", SCOPED),
          Map.entry("GET /api/leads/{id}", HIDDEN),
          Map.entry("PATCH /api/leads/{id}", HIDDEN),
          Map.entry("DELETE /api/leads/{id}", HIDDEN),
          Map.entry("GET /api/leads/{id}/assignments", HIDDEN),
          Map.entry("POST /api/leads/{id}/assignments", HIDDEN),
          Map.entry("POST /api/leads/{id}/emails", HIDDEN),
          Map.entry("GET /api/leads/{id}/assignments/{assignmentId}", HIDDEN),
          Map.entry("POST /api/leads/{id}/assignments/{assignmentId}/clicked", HIDDEN),
          Map.entry("POST /api/leads/{id}/assignments/{assignmentId}/viewed", HIDDEN),
          Map.entry("PUT /api/leads/{id}/consent", HIDDEN),
          Map.entry("GET /api/leads/{id}/discounts", HIDDEN),
          Map.entry("POST /api/leads/{id}/discounts", HIDDEN),
          Map.entry("GET /api/leads/{id}/referral-code", HIDDEN),
          Map.entry("POST /api/leads/{id}/referral-code", HIDDEN),
          Map.entry("GET /api/leads/{id}/history", HIDDEN),
          Map.entry("GET /api/leads/{id}/journeys", HIDDEN),
          Map.entry("GET /api/leads/{id}/next-content", HIDDEN),
          Map.entry("POST /api/leads/{id}/stage", HIDDEN),
          Map.entry("POST /api/leads/{id}/stage/advance", HIDDEN),
          Map.entry("GET /api/leads/{id}/stage/targets", HIDDEN),
          Map.entry("GET /api/leads/{id}/timeline", HIDDEN),
          Map.entry("POST /api/leads/{id}/touchpoints", HIDDEN),
          Map.entry("GET /api/leads/{id}/touchpoints/{touchpointId}", HIDDEN),
          Map.entry("GET /api/owners", SCOPED),
          Map.entry("GET /api/personas", SCOPED),
          Map.entry("POST /api/personas", DENIED),
          Map.entry("GET /api/personas/{id}", SCOPED),
          Map.entry("PUT /api/personas/{id}", DENIED),
          Map.entry("DELETE /api/personas/{id}", DENIED),
          Map.entry("GET /api/personas/{id}/journey", SCOPED),
          Map.entry("PUT /api/personas/{id}/journey", DENIED),
          Map.entry("DELETE /api/personas/{id}/journey", DENIED),
          Map.entry("GET /api/scoring", SCOPED),
          Map.entry("PUT /api/scoring", DENIED),
          Map.entry("GET /api/session", SCOPED),
          Map.entry("POST /api/session", SCOPED),
          Map.entry("DELETE /api/session", SCOPED),
          Map.entry("GET /api/touchpoints", SCOPED),
          Map.entry("POST /api/touchpoints:batch", SCOPED),
          Map.entry("GET /api/users", DENIED),
          Map.entry("POST /api/users", DENIED),
          Map.entry("GET /api/users/{id}", DENIED),
          Map.entry("PATCH /api/users/{id}", DENIED),
          Map.entry("POST /api/users/{id}/unlock", DENIED),
          Map.entry("GET /api/webhooks", DENIED),
          Map.entry("POST /api/webhooks", DENIED),
          Map.entry("GET /api/webhooks/{id}", DENIED),
          Map.entry("PATCH /api/webhooks/{id}", DENIED),
          Map.entry("POST /api/webhooks/{id}/secret/rotate", DENIED),
          Map.entry("DELETE /api/webhooks/{id}/secret/previous", DENIED),
          Map.entry("DELETE /api/webhooks/{id}", DENIED),
          Map.entry("GET /api/webhooks/{id}/deliveries", DENIED),
          Map.entry("POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver", DENIED),
          Map.entry("POST /api/webhooks/{id}/enable", DENIED),
          Map.entry("GET /unsubscribe/{token}", PUBLIC),
          Map.entry("POST /unsubscribe/{token}", PUBLIC));

  private OwnershipDecisions() {}
}
