package io.parcours.email.template;

import io.parcours.content.ContentItem;
import io.quarkus.qute.Mapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template may use: the lead, the included content and discount (either may be absent) and
 * the unsubscribe link. Values are data: the sandbox escapes them in HTML and never parses them.
 */
public record MailModel(Lead lead, Content content, Discount discount, String unsubscribeUrl) {

  /** Each name a template may use, and its fields; {@code unsubscribeUrl} is a value. */
  static final Map<String, List<String>> FIELDS = fields();

  public record Lead(
      String firstName, String lastName, String fullName, String company, String email) {}

  public record Content(String title, String url, String summary, String type) {}

  public record Discount(String code, String label, String expires) {}

  public static Lead leadOf(io.parcours.lead.Lead l) {
    return leadOf(l.firstName, l.lastName, l.company, l.email);
  }

  /** The lead's fields as read from its row. */
  public static Lead leadOf(String firstName, String lastName, String company, String email) {
    String full =
        ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    return new Lead(firstName, lastName, full, company, email);
  }

  public static Content contentOf(ContentItem c) {
    return new Content(c.title, c.url, c.summary, c.type.name());
  }

  /**
   * Sample data, to check that a template renders before it is saved: every value as long as the
   * API lets it be, so that a template whose output fits with these fits with any lead.
   */
  static MailModel sample(boolean withExtras) {
    return new MailModel(
        new Lead("F".repeat(100), "L".repeat(100), "N".repeat(201), "C".repeat(200), email()),
        withExtras ? new Content("T".repeat(200), url(2_000), "S".repeat(2_000), "GUIDE") : null,
        withExtras ? new Discount("ABCDE-FGHJK-LMNPQ", "1000000.00 EUR", "2030-01-31") : null,
        url(300));
  }

  private static String email() {
    return "e".repeat(240) + "@example.com";
  }

  private static String url(int length) {
    String start = "https://example.com/";
    return start + "u".repeat(length - start.length());
  }

  /** The model as the sandbox reads it: maps of fields, no object a template could call. */
  Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "lead",
        lead == null
            ? null
            : Fields.of(
                "lead",
                lead.firstName(),
                lead.lastName(),
                lead.fullName(),
                lead.company(),
                lead.email()));
    data.put(
        "content",
        content == null
            ? null
            : Fields.of(
                "content", content.title(), content.url(), content.summary(), content.type()));
    data.put(
        "discount",
        discount == null
            ? null
            : Fields.of("discount", discount.code(), discount.label(), discount.expires()));
    data.put("unsubscribeUrl", unsubscribeUrl);
    return data;
  }

  private static Map<String, List<String>> fields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("lead", List.of("firstName", "lastName", "fullName", "company", "email"));
    fields.put("content", List.of("title", "url", "summary", "type"));
    fields.put("discount", List.of("code", "label", "expires"));
    fields.put("unsubscribeUrl", List.of());
    return Collections.unmodifiableMap(fields);
  }

  /** A group of fields: read one by name; nothing else to call, nothing to print as a whole. */
  static final class Fields implements Mapper {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** The values in the order FIELDS lists the group's fields. */
    static Fields of(String group, Object... values) {
      Fields f = new Fields();
      List<String> names = FIELDS.get(group);
      for (int i = 0; i < names.size(); i++) {
        f.values.put(names.get(i), values[i]);
      }
      return f;
    }

    @Override
    public boolean appliesTo(String key) {
      return values.containsKey(key);
    }

    @Override
    public Object get(String key) {
      return values.get(key);
    }

    @Override
    public Set<String> mappedKeys() {
      return values.keySet();
    }
  }
}
