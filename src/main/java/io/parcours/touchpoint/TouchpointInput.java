package io.parcours.touchpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.EnumParam;
import io.parcours.common.Instants;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A touchpoint request checked field by field: typed values, or every error it has. */
record TouchpointInput(
    Channel channel,
    TouchpointType type,
    Sentiment sentiment,
    Instant occurredAt,
    UUID contentId,
    String note,
    Map<String, Object> properties,
    String propertiesJson,
    String source,
    String externalId) {

  static final String DEFAULT_SOURCE = "api";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final int MAX_PROPERTIES_BYTES = 16_384;

  /** The input, or null after adding to errors what is wrong with the request. */
  static TouchpointInput parse(
      TouchpointRequest r,
      Instant now,
      Validator validator,
      ObjectMapper json,
      List<FieldError> errors) {
    int before = errors.size();
    validator.validate(r).stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted((a, b) -> a.field().compareTo(b.field()))
        .forEach(errors::add);
    Channel channel = parse(Channel.class, "channel", r.channel(), errors);
    TouchpointType type = parse(TouchpointType.class, "type", r.type(), errors);
    Sentiment sentiment = parse(Sentiment.class, "sentiment", r.sentiment(), errors);
    if (r.occurredAt() != null && r.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
      errors.add(new FieldError("occurredAt", "must not be in the future"));
    } else if (r.occurredAt() != null && !Instants.accepted(r.occurredAt())) {
      errors.add(new FieldError("occurredAt", "must be between the years 1 and 9999"));
    }
    String properties = properties(r.properties(), json, errors);
    if (errors.size() > before) {
      return null;
    }
    return new TouchpointInput(
        channel,
        type,
        sentiment == null ? type.usualSentiment() : sentiment,
        r.occurredAt() == null ? now : r.occurredAt(),
        r.contentId(),
        r.note(),
        r.properties() == null ? Map.of() : r.properties(),
        properties,
        r.source() == null || r.source().isBlank() ? DEFAULT_SOURCE : r.source().strip(),
        r.externalId() == null || r.externalId().isBlank() ? null : r.externalId().strip());
  }

  private static <E extends Enum<E>> E parse(
      Class<E> kind, String field, String value, List<FieldError> errors) {
    try {
      return EnumParam.lookup(kind, value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }

  private static String properties(
      Map<String, Object> given, ObjectMapper json, List<FieldError> errors) {
    try {
      String text = json.writeValueAsString(given == null ? Map.of() : given);
      if (text.length() > MAX_PROPERTIES_BYTES) {
        errors.add(new FieldError("properties", "must be at most 16 KiB of JSON"));
      }
      return text;
    } catch (JsonProcessingException e) {
      errors.add(new FieldError("properties", "must be a JSON object"));
      return null;
    }
  }
}
