package io.parcours.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.parcours.client.ApiClient;
import io.parcours.client.ApiException;
import io.parcours.client.api.ApiKeysApi;
import io.parcours.client.api.SessionApi;
import io.parcours.client.api.WebhooksApi;
import io.parcours.client.model.ApiKeyRequest;
import io.parcours.client.model.LoginRequest;
import io.parcours.client.model.SessionView;
import io.parcours.client.model.WebhookRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Generated clients as an administrator's session and as API keys, made through the generated
 * client itself. Each reads JSON strictly: a field the document does not declare fails the read.
 */
final class Clients {

  private static final Set<String> AUTOMATION =
      Set.of("leads:read", "leads:write", "touchpoints:write", "events:read");

  private final URI base;
  private final ApiClient admin;

  private Clients(URI base, ApiClient admin) {
    this.base = base;
    this.admin = admin;
  }

  static Clients asAdmin(URI base) throws ApiException {
    ApiClient client = client(base);
    client.setHttpClientBuilder(HttpClient.newBuilder().cookieHandler(new CookieManager()));
    SessionView session =
        new SessionApi(client)
            .sessionLogin(
                new LoginRequest().email("admin@parcours.test").password("test-admin-password"));
    client.setRequestInterceptor(b -> b.header("X-CSRF-Token", session.getCsrfToken()));
    return new Clients(base, client);
  }

  /** A client with a new API key for the automation scopes and this many requests a minute. */
  ApiClient withKey(int requestsPerMinute) throws ApiException {
    String key =
        new ApiKeysApi(admin)
            .apiKeyCreate(
                new ApiKeyRequest()
                    .name("automation " + UUID.randomUUID())
                    .scopes(AUTOMATION)
                    .requestsPerMinute(requestsPerMinute),
                null)
            .getKey();
    ApiClient client = client(base);
    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + key));
    return client;
  }

  UUID subscribe(String url, List<String> types, String secret) throws ApiException {
    return new WebhooksApi(admin)
        .webhookCreate(
            new WebhookRequest().url(url).eventTypes(Set.copyOf(types)).secret(secret), null)
        .getId();
  }

  void unsubscribe(UUID subscription) throws ApiException {
    new WebhooksApi(admin).webhookDelete(subscription);
  }

  /** The verified bodies, once one names each of the emails. */
  List<String> awaitDeliveries(SignedReceiver receiver, List<String> emails)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<String> bodies = receiver.verified();
      if (emails.stream().allMatch(e -> bodies.stream().anyMatch(b -> b.contains(e)))) {
        return bodies;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no delivery for every lead: " + receiver.verified());
  }

  <T> T read(String json, Class<T> type) {
    try {
      return admin.getObjectMapper().readValue(json, type);
    } catch (Exception e) {
      throw new AssertionError("not a " + type.getSimpleName() + ": " + json, e);
    }
  }

  static String newSecret() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  private static ApiClient client(URI base) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base.toString().replaceAll("/$", ""));
    client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return client;
  }
}
