package io.parcours.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Discriminator;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The events the feed serves and webhooks deliver, one schema per type: an envelope whose {@code
 * type} names its {@code data}. The feed's items are one of them, told apart by {@code type}; the
 * {@code webhooks} section has one signed POST per type.
 */
final class EventContract {

  private static final String SCHEMAS = "#/components/schemas/";

  private EventContract() {}

  static void document(OpenAPI api) {
    Components components = api.getComponents();
    Map<String, Schema> data = EventPayloads.all();
    Discriminator discriminator = OASFactory.createDiscriminator().propertyName("type");
    Schema event =
        OASFactory.createSchema()
            .description("One event of the feed; its type names the shape of its data")
            .addType(SchemaType.OBJECT)
            .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING))
            .addRequired("type")
            .discriminator(discriminator);
    data.forEach(
        (type, payload) -> {
          String name = name(type);
          components.addSchema(name + "Data", payload);
          components.addSchema(name + "Event", envelope(type, name));
          discriminator.addMapping(type, SCHEMAS + name + "Event");
          event.addOneOf(ref(name + "Event"));
          api.addWebhook(type, Webhooks.delivery(type, name));
        });
    components.addSchema("Event", event);
    Schema page = components.getSchemas().get("EventPage");
    if (page != null) {
      page.getProperties().get("items").setItems(ref("Event"));
      page.setRequired(List.of("items", "more"));
    }
    // The record the service writes is shown by the typed schemas above, not by Jackson's tree.
    components.removeSchema("EventView");
    components.removeSchema("JsonNode");
    components.removeSchema("JsonNodeType");
  }

  /** lead.stage_changed → LeadStageChanged. */
  static String name(String type) {
    StringBuilder name = new StringBuilder();
    for (String word : type.split("[._]")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }

  private static Schema envelope(String type, String name) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "id",
        text().description("The event's number; a webhook delivery's webhook-id is msg_ and it"));
    properties.put(
        "type",
        text().enumeration(List.of(type)).description("What happened: " + type + " always"));
    properties.put("leadId", ref("UUID").description("The lead the event is about"));
    properties.put("occurredAt", ref("Instant").description("When it was committed"));
    properties.put("actor", ref("Actor").description("Who made the change"));
    properties.put("correlationId", text().description("The request that made the change"));
    properties.put("data", ref(name + "Data"));
    properties.put(
        "cursor",
        text().description("In the feed only: the position right after this event, to resume at"));
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("The " + type + " event")
        .properties(properties)
        .required(List.of("id", "type", "leadId", "occurredAt", "data"));
  }

  static Schema ref(String name) {
    return OASFactory.createSchema().ref(SCHEMAS + name);
  }

  static Schema text() {
    return OASFactory.createSchema().addType(SchemaType.STRING);
  }
}
