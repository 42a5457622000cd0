package io.parcours.email.template;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One language of a template: Qute source of the subject, the HTML body and the text body. */
@Embeddable
@Schema(description = TemplateText.SANDBOX)
public record TemplateText(
    @NotBlank @Size(max = 500, message = LIMIT) String subject,
    @NotBlank @Size(max = 100_000, message = LIMIT) @Schema(description = "Values are HTML-escaped")
        String html,
    @NotBlank @Size(max = 100_000, message = LIMIT) String text) {

  static final String LIMIT = "sourceLength: at most {max} characters";

  /** What a template may use; kept with the README's section on templates. */
  static final String SANDBOX =
      "Qute source, rendered in a sandbox. Names: lead.firstName, lead.lastName, lead.fullName,"
          + " lead.company, lead.email; content.title, content.url, content.summary, content.type"
          + " and discount.code, discount.label, discount.expires (content and discount may be"
          + " absent: use them inside {#if content}…{/if}); unsubscribeUrl. Sections: {#if}, {#else},"
          + " {#else if} with ==, !=, &&, ||, ! (no ordering: values are text). Operators:"
          + " {lead.company ?: 'you'}, {lead.company or 'you'}, {lead.company ? 'a' : 'b'}."
          + " Comments {! … !} and raw text {| … |}. Nothing else: no namespace (config:, inject:,"
          + " time:, str:, data:…), no include, insert, loop, let or eval, no method call, no"
          + " .raw. Limits (a 400 names the field and the limit): sourceLength 500 characters for"
          + " the subject and 100000 for each body; outputLength 1000 and 200000 characters;"
          + " sectionDepth 20 nested sections; expressions 2000 per part; operators 10 per"
          + " expression; renderTime 1000 ms to check or render all parts. A template is checked"
          + " with every value at its longest, with and without content and discount.";
}
