package io.parcours.email.template;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

public record TemplateView(
    UUID id,
    String name,
    String description,
    Map<String, TemplateText> locales,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static TemplateView from(EmailTemplate t) {
    return new TemplateView(
        t.id, t.name, t.description, new TreeMap<>(t.locales), t.createdAt, t.updatedAt, t.version);
  }
}
