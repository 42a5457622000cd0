package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Feed;
import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What email does reaches the event feed: sent emails and unsubscriptions. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class EmailFeedTest {

  @Inject Dispatcher dispatcher;

  @Test
  void shouldPublishTheSentEmailAndTheUnsubscription() throws Exception {
    Feed feed = Feed.fromNow();
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "stage", "DECISION", "consent", GRANTED));
    Mails.move(id, "CUSTOMER");
    dispatcher.dispatch();
    MimeMessage thanks = MailServer.receivedBy(email).get(0);

    anonymous().when().post(Mails.unsubscribePath(thanks)).then().statusCode(200);

    // the feed serves an event once every transaction older than it has settled
    List<Map<String, Object>> events =
        feed.await(
            e ->
                id.equals(e.get("leadId"))
                    && List.of("email.sent", "lead.unsubscribed").contains(e.get("type")),
            2);
    List<Map<String, Object>> sent = ofType(events, "email.sent");
    assertEquals(1, sent.size());
    assertEquals(thanks.getSubject(), ((Map<?, ?>) sent.get(0).get("data")).get("subject"));
    List<Map<String, Object>> unsubscribed = ofType(events, "lead.unsubscribed");
    assertEquals(1, unsubscribed.size());
    assertEquals(
        "UNSUBSCRIBED", ((Map<?, ?>) unsubscribed.get(0).get("data")).get("status").toString());
  }

  private static List<Map<String, Object>> ofType(List<Map<String, Object>> events, String type) {
    return events.stream().filter(e -> type.equals(e.get("type"))).toList();
  }
}
