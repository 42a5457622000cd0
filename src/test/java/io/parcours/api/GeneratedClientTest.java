package io.parcours.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.client.ApiClient;
import io.parcours.client.ApiException;
import io.parcours.client.ApiResponse;
import io.parcours.client.api.EventsApi;
import io.parcours.client.api.LeadsApi;
import io.parcours.client.api.TouchpointsApi;
import io.parcours.client.model.BatchRequest;
import io.parcours.client.model.BatchResult;
import io.parcours.client.model.Event;
import io.parcours.client.model.EventPage;
import io.parcours.client.model.Item2;
import io.parcours.client.model.LeadBatchRequest;
import io.parcours.client.model.LeadBatchResult;
import io.parcours.client.model.LeadCreatedEvent;
import io.parcours.client.model.LeadPatch;
import io.parcours.client.model.LeadRequest;
import io.parcours.client.model.LeadView;
import io.parcours.client.model.Problem;
import io.parcours.client.model.TouchpointRecordedEvent;
import io.parcours.client.model.TouchpointRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An automation system's day, through the client generated from openapi/openapi.yaml and nothing
 * else: the client's own JSON reading fails on any field the document does not declare.
 */
@QuarkusTest
class GeneratedClientTest {

  @TestHTTPResource("/")
  URI base;

  @Test
  void shouldRunAnAutomationScenarioThroughTheGeneratedClient() throws Exception {
    Clients clients = Clients.asAdmin(base);
    String secret = Clients.newSecret();
    try (SignedReceiver receiver = new SignedReceiver(secret)) {
      UUID subscription =
          clients.subscribe(receiver.url(), List.of("lead.created", "touchpoint.recorded"), secret);
      try {
        ApiClient automation = clients.withKey(1_000_000);
        EventsApi feed = new EventsApi(automation);
        String cursor = caughtUp(feed);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails =
            List.of(run + "-a@client.test", run + "-b@client.test", run + "-c@client.test");
        LeadBatchRequest leads =
            new LeadBatchRequest()
                .items(
                    emails.stream().map(e -> new LeadRequest().email(e).firstName("Ada")).toList());
        String key = "batch-" + run;
        LeadsApi leadsApi = new LeadsApi(automation);
        LeadBatchResult first = leadsApi.leadBatch(leads, key);
        LeadBatchResult again = leadsApi.leadBatch(leads, key);
        assertEquals(first, again);
        assertEquals(3, first.getItems().stream().filter(Item2::getCreated).count());

        BatchRequest touchpoints = new BatchRequest();
        emails.forEach(
            e ->
                touchpoints.addItemsItem(
                    new TouchpointRequest()
                        .email(e)
                        .channel(TouchpointRequest.ChannelEnum.WEB)
                        .type(TouchpointRequest.TypeEnum.PAGE_VIEW)
                        .externalId(e + "/visit-1")));
        BatchResult pushed = new TouchpointsApi(automation).batchRecord(touchpoints, null);
        assertEquals(3, pushed.getAccepted());
        BatchResult repushed = new TouchpointsApi(automation).batchRecord(touchpoints, null);
        assertEquals(3, repushed.getDuplicates());

        Map<String, Integer> created = new HashMap<>();
        Set<UUID> visited = new HashSet<>();
        Set<UUID> ours = new HashSet<>();
        first.getItems().forEach(i -> ours.add(i.getId()));
        long deadline = System.currentTimeMillis() + 20_000;
        while ((created.size() < 3 || visited.size() < 3)
            && System.currentTimeMillis() < deadline) {
          EventPage page =
              feed.eventRead(cursor, 100, List.of("lead.created", "touchpoint.recorded"));
          for (Event event : page.getItems()) {
            if (event.getActualInstance() instanceof LeadCreatedEvent c
                && emails.contains(c.getData().getEmail())) {
              created.merge(c.getData().getEmail(), 1, Integer::sum);
            } else if (event.getActualInstance() instanceof TouchpointRecordedEvent t
                && ours.contains(t.getLeadId())) {
              assertEquals("PAGE_VIEW", t.getData().getType().getValue());
              assertTrue(visited.add(t.getData().getTouchpointId()), "a touchpoint seen twice");
            }
          }
          cursor = page.getNextCursor();
          if (!page.getMore()) {
            Thread.sleep(200);
          }
        }
        assertEquals(Map.of(emails.get(0), 1, emails.get(1), 1, emails.get(2), 1), created);
        assertEquals(3, visited.size());

        List<String> bodies = clients.awaitDeliveries(receiver, emails);
        assertEquals(List.of(), receiver.refused());
        for (String email : emails) {
          Event delivered =
              bodies.stream()
                  .map(b -> clients.read(b, Event.class))
                  .filter(
                      e ->
                          e.getActualInstance() instanceof LeadCreatedEvent c
                              && email.equals(c.getData().getEmail()))
                  .findFirst()
                  .orElseThrow();
          assertNotNull(((LeadCreatedEvent) delivered.getActualInstance()).getId());
        }

        UUID lead = first.getItems().get(0).getId();
        ApiResponse<LeadView> read = leadsApi.leadGetWithHttpInfo(lead);
        String etag = read.getHeaders().get("etag").get(0);
        leadsApi.leadPatch(lead, new LeadPatch().company("Analytical Engines"), etag);
        ApiException stale =
            assertThrows(
                ApiException.class,
                () -> leadsApi.leadPatch(lead, new LeadPatch().company("Difference Ltd"), etag));
        assertEquals(412, stale.getCode());
        assertEquals(412, clients.read(stale.getResponseBody(), Problem.class).getStatus());
        assertEquals("Analytical Engines", leadsApi.leadGet(lead).getCompany());

        EventsApi budgeted = new EventsApi(clients.withKey(2));
        budgeted.eventRead(null, 1, List.of());
        budgeted.eventRead(null, 1, List.of());
        ApiException limited =
            assertThrows(ApiException.class, () -> budgeted.eventRead(null, 1, List.of()));
        assertEquals(429, limited.getCode());
        Problem problem = clients.read(limited.getResponseBody(), Problem.class);
        assertEquals(429, problem.getStatus());
        String retryAfter = limited.getResponseHeaders().firstValue("retry-after").orElseThrow();
        assertTrue(Integer.parseInt(retryAfter) > 0);
        assertEquals("0", limited.getResponseHeaders().firstValue("ratelimit-remaining").get());
      } finally {
        clients.unsubscribe(subscription);
      }
    }
  }

  /** The end of the feed: every event already there is read, and typed, on the way. */
  private static String caughtUp(EventsApi feed) throws ApiException {
    String cursor = null;
    EventPage page;
    do {
      page = feed.eventRead(cursor, 1000, List.of());
      page.getItems().forEach(e -> assertNotNull(e.getActualInstance()));
      cursor = page.getNextCursor();
    } while (page.getMore());
    assertFalse(page.getMore());
    return cursor;
  }
}
