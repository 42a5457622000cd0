package io.parcours.api;

import static io.parcours.api.EventContract.ref;
import static io.parcours.api.EventContract.text;

import io.parcours.events.DomainEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The {@code data} of each event type, as events/EventRecorder, EmailEventRecorder and the bulk
 * statements of lead/LeadBulk write it. A field the service leaves out or sends as null is not
 * required.
 */
final class EventPayloads {

  private EventPayloads() {}

  /** Every event type the service records, with its data: ContractTest keeps the two in step. */
  static Map<String, Schema> all() {
    Map<String, Schema> all = new LinkedHashMap<>();
    all.put(DomainEvents.LEAD_CREATED, lead("A lead was created").required(List.of("email")));
    all.put(
        DomainEvents.LEAD_UPDATED,
        lead("A lead was changed; changes has the new value of each changed field")
            .addProperty("changes", changes())
            .required(List.of("email", "changes")));
    all.put(
        DomainEvents.LEAD_DELETED,
        object("A lead was deleted").addProperty("email", text()).required(List.of("email")));
    all.put(DomainEvents.LEAD_STAGE_CHANGED, stageChanged());
    all.put(
        DomainEvents.TOUCHPOINT_RECORDED,
        object("A touchpoint was recorded")
            .addProperty("touchpointId", ref("UUID"))
            .addProperty("channel", ref("Channel"))
            .addProperty("type", ref("TouchpointType"))
            .addProperty("sentiment", ref("Sentiment"))
            .addProperty("occurredAt", ref("Instant"))
            .addProperty("contentId", ref("UUID"))
            .addProperty("source", text())
            .addProperty("externalId", text())
            .required(List.of("touchpointId", "channel", "type", "occurredAt")));
    all.put(
        DomainEvents.CONTENT_ASSIGNED,
        object("A content item was assigned to the lead")
            .addProperty("assignmentId", ref("UUID"))
            .addProperty("contentId", ref("UUID"))
            .addProperty("stage", ref("Stage"))
            .addProperty("automatic", bool())
            .required(List.of("assignmentId", "contentId", "stage", "automatic")));
    all.put(
        DomainEvents.DISCOUNT_REDEEMED,
        object("A discount code was redeemed")
            .addProperty("codeId", ref("UUID"))
            .addProperty("code", text())
            .addProperty("redemptionId", ref("UUID"))
            .addProperty("orderReference", text())
            .required(List.of("codeId", "code", "redemptionId")));
    all.put(DomainEvents.EMAIL_SENT, email("An email was accepted by the mail server"));
    all.put(
        DomainEvents.EMAIL_FAILED,
        email("An email was given up on").addProperty("lastError", text()));
    all.put(
        DomainEvents.LEAD_UNSUBSCRIBED,
        object("The lead refused email: the link, or the consent API")
            .addProperty("status", ref("ConsentStatus"))
            .addProperty("source", text())
            .required(List.of("status")));
    return all;
  }

  private static Schema lead(String description) {
    return object(description)
        .addProperty("email", text())
        .addProperty("stage", ref("Stage"))
        .addProperty("ownerId", ref("UUID"))
        .addProperty("personaId", ref("UUID"));
  }

  /** The fields a change may name, each with its new value. */
  private static Schema changes() {
    return object("The changed fields only, with their new values")
        .addProperty("email", text())
        .addProperty("firstName", text())
        .addProperty("lastName", text())
        .addProperty("company", text())
        .addProperty("phone", text())
        .addProperty("locale", text())
        .addProperty("personaId", ref("UUID"))
        .addProperty("ownerId", ref("UUID"))
        .addProperty("source", ref("LeadSource"))
        .addProperty("dealValue", OASFactory.createSchema().addType(SchemaType.NUMBER))
        .addProperty("tags", OASFactory.createSchema().addType(SchemaType.ARRAY).items(text()))
        .addProperty(
            "attributes",
            OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(true))
        .addProperty("consent", ref("EmailConsent"));
  }

  private static Schema stageChanged() {
    return object("The lead moved to another stage")
        .addProperty("from", ref("Stage"))
        .addProperty("to", ref("Stage"))
        .addProperty("kind", ref("TransitionKind"))
        .addProperty("cause", ref("Cause"))
        .addProperty("actor", ref("Actor"))
        .addProperty("reason", text())
        .addProperty("at", ref("Instant"))
        .required(List.of("to", "kind", "cause", "actor", "at"));
  }

  private static Schema email(String description) {
    return object(description)
        .addProperty("emailId", ref("UUID"))
        .addProperty("journeyId", ref("UUID"))
        .addProperty("subject", text())
        .addProperty(
            "attempts", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
        .addProperty("messageId", text())
        .required(List.of("emailId", "attempts"));
  }

  private static Schema object(String description) {
    return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
  }

  private static Schema bool() {
    return OASFactory.createSchema().addType(SchemaType.BOOLEAN);
  }
}
