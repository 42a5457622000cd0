package io.parcours.email.template;

import io.parcours.content.ContentItem;
import io.quarkus.qute.TemplateData;
import java.util.HashMap;
import java.util.Map;

/**
 * What a template may use: the lead, the included content and discount (either may be absent) and
 * the unsubscribe link. Values are data: Qute escapes them in HTML and never parses them.
 */
public record MailModel(Lead lead, Content content, Discount discount, String unsubscribeUrl) {

  @TemplateData
  public record Lead(
      String firstName, String lastName, String fullName, String company, String email) {}

  @TemplateData
  public record Content(String title, String url, String summary, String type) {}

  @TemplateData
  public record Discount(String code, String label, String expires) {}

  public static Lead leadOf(io.parcours.lead.Lead l) {
    String full =
        ((l.firstName == null ? "" : l.firstName) + " " + (l.lastName == null ? "" : l.lastName))
            .strip();
    return new Lead(l.firstName, l.lastName, full, l.company, l.email);
  }

  public static Content contentOf(ContentItem c) {
    return new Content(c.title, c.url, c.summary, c.type.name());
  }

  /** Sample data, to check that a template renders before it is saved. */
  static MailModel sample(boolean withExtras) {
    return new MailModel(
        new Lead("Camille", "Martin", "Camille Martin", "Martin SA", "camille@example.com"),
        withExtras
            ? new Content("Guide", "https://example.com/guide", "A short guide", "GUIDE")
            : null,
        withExtras ? new Discount("ABCDE-FGHJK-LMNPQ", "10%", "2030-01-31") : null,
        "https://parcours.example/unsubscribe/sample");
  }

  Map<String, Object> data() {
    Map<String, Object> data = new HashMap<>();
    data.put("lead", lead);
    data.put("content", content);
    data.put("discount", discount);
    data.put("unsubscribeUrl", unsubscribeUrl);
    return data;
  }
}
