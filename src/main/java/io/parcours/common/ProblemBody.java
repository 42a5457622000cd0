package io.parcours.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The RFC 9457 document; extension members are written at the top level. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemBody(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonIgnore Map<String, Object> extensions) {

  @JsonAnyGetter
  public Map<String, Object> members() {
    return extensions;
  }
}
