package io.parcours.email.template;

import io.parcours.email.template.Sandbox.Budget;
import io.parcours.email.template.Sandbox.Part;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Parses and renders the templates marketing writes, in the {@link Sandbox}; HTML bodies escape
 * every value they insert. A template the sandbox refuses is a {@link TemplateRefusal}.
 */
@ApplicationScoped
public class Rendering {

  private final Sandbox sandbox = new Sandbox();

  public record Rendered(String locale, String subject, String html, String text) {}

  /**
   * Every language must parse, and render both with and without the optional content and discount
   * (with values as long as they may be), all within one time budget; otherwise a 400 naming the
   * field and the line, or the limit.
   */
  public void validate(Map<String, TemplateText> locales) {
    Budget budget = new Budget();
    Map<String, Object> full = MailModel.sample(true).data();
    Map<String, Object> bare = MailModel.sample(false).data();
    locales.forEach(
        (locale, t) -> {
          check("locales." + locale + ".subject", t.subject(), Part.SUBJECT, budget, full, bare);
          check("locales." + locale + ".html", t.html(), Part.HTML, budget, full, bare);
          check("locales." + locale + ".text", t.text(), Part.TEXT, budget, full, bare);
        });
  }

  /** Renders the lead's language of the template (see {@link Locales}). */
  public Rendered render(EmailTemplate template, String wantedLocale, MailModel model) {
    String locale =
        Locales.pick(template.locales.keySet(), wantedLocale)
            .orElseThrow(() -> new IllegalStateException("template has no language"));
    TemplateText t = template.locales.get(locale);
    Map<String, Object> data = model.data();
    Budget budget = new Budget();
    String field = "locales." + locale + ".";
    String subject =
        render(field + "subject", t.subject(), Part.SUBJECT, data, budget)
            .replaceAll("[\\r\\n]+", " ")
            .strip();
    return new Rendered(
        locale,
        subject,
        render(field + "html", t.html(), Part.HTML, data, budget),
        render(field + "text", t.text(), Part.TEXT, data, budget));
  }

  private void check(
      String field,
      String source,
      Part part,
      Budget budget,
      Map<String, Object> full,
      Map<String, Object> bare) {
    Template template = sandbox.parse(field, source, part, budget);
    sandbox.render(field, template, full, part, budget);
    sandbox.render(field, template, bare, part, budget);
  }

  private String render(
      String field, String source, Part part, Map<String, Object> data, Budget budget) {
    return sandbox.render(field, sandbox.parse(field, source, part, budget), data, part, budget);
  }
}
