package io.parcours.email.template;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One language of a template: Qute source of the subject, the HTML body and the text body. */
@Embeddable
public record TemplateText(
    @NotBlank @Size(max = 500, message = LIMIT) String subject,
    @NotBlank @Size(max = 100_000, message = LIMIT) String html,
    @NotBlank @Size(max = 100_000, message = LIMIT) String text) {

  static final String LIMIT = "sourceLength: at most {max} characters";
}
