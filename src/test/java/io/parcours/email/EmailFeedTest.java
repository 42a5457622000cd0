package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "stage", "DECISION", "consent", GRANTED));
    Mails.move(id, "CUSTOMER");
    dispatcher.dispatch();
    MimeMessage thanks = MailServer.receivedBy(email).get(0);

    anonymous().when().post(Mails.unsubscribePath(thanks)).then().statusCode(200);

    // the feed serves an event once every transaction older than it has settled
    List<Map<String, Object>> sent = awaitOne("email.sent", id);
    assertEquals(1, sent.size());
    assertEquals(thanks.getSubject(), ((Map<?, ?>) sent.get(0).get("data")).get("subject"));
    List<Map<String, Object>> unsubscribed = awaitOne("lead.unsubscribed", id);
    assertEquals(1, unsubscribed.size());
    assertEquals(
        "UNSUBSCRIBED", ((Map<?, ?>) unsubscribed.get(0).get("data")).get("status").toString());
  }

  private static List<Map<String, Object>> awaitOne(String type, String leadId)
      throws InterruptedException {
    List<Map<String, Object>> found = events(type, leadId);
    for (int i = 0; i < 200 && found.isEmpty(); i++) {
      Thread.sleep(50);
      found = events(type, leadId);
    }
    return found;
  }

  private static List<Map<String, Object>> events(String type, String leadId) {
    JsonPath page =
        given()
            .queryParam("type", type)
            .queryParam("limit", 1000)
            .when()
            .get("/api/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return page.<Map<String, Object>>getList("items").stream()
        .filter(e -> leadId.equals(e.get("leadId")))
        .toList();
  }
}
