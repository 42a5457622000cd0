package io.parcours.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** What a subscriber's endpoint receives for one event type: a POST signed as Standard Webhooks. */
final class Webhooks {

  private Webhooks() {}

  static PathItem delivery(String type, String name) {
    return OASFactory.createPathItem()
        .POST(
            OASFactory.createOperation()
                .operationId(Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Webhook")
                .addTag("Webhooks")
                .summary("Delivers a " + type + " event")
                .description(
                    "Posted to each subscription to "
                        + type
                        + ". Check webhook-signature before trusting the body: it is v1, then"
                        + " the base64 HMAC-SHA256 of webhook-id.webhook-timestamp.body keyed with"
                        + " the bytes of the subscription's whsec_ secret (Standard Webhooks)."
                        + " Any 2xx answer acknowledges; anything else is retried with backoff.")
                .addParameter(
                    header("webhook-id", "msg_ and the event's id: the same on every retry"))
                .addParameter(header("webhook-timestamp", "Seconds since the epoch when signed"))
                .addParameter(
                    header("webhook-signature", "v1, then the base64 signature (space-separated)"))
                .requestBody(
                    OASFactory.createRequestBody()
                        .required(true)
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    "application/json",
                                    OASFactory.createMediaType()
                                        .schema(EventContract.ref(name + "Event")))))
                .responses(
                    OASFactory.createAPIResponses()
                        .addAPIResponse(
                            "200", OASFactory.createAPIResponse().description("Received")))
                .security(List.of()));
  }

  private static Parameter header(String name, String description) {
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.HEADER)
        .required(true)
        .description(description)
        .schema(EventContract.text());
  }
}
