package io.parcours.email.template;

import io.parcours.common.Problem;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Parses and renders templates with Qute; HTML bodies escape every value they insert. */
@ApplicationScoped
public class Rendering {

  private static final Variant HTML = new Variant(null, "text/html", "UTF-8");
  private static final Variant TEXT = new Variant(null, "text/plain", "UTF-8");

  @Inject Engine engine;

  public record Rendered(String locale, String subject, String html, String text) {}

  /**
   * Every language must parse, and render both with and without the optional content and discount;
   * otherwise a 400 naming the field and the line.
   */
  public void validate(Map<String, TemplateText> locales) {
    locales.forEach(
        (locale, t) -> {
          check("locales." + locale + ".subject", t.subject(), TEXT);
          check("locales." + locale + ".html", t.html(), HTML);
          check("locales." + locale + ".text", t.text(), TEXT);
        });
  }

  /** Renders the lead's language of the template (see {@link Locales}). */
  public Rendered render(EmailTemplate template, String wantedLocale, MailModel model) {
    String locale =
        Locales.pick(template.locales.keySet(), wantedLocale)
            .orElseThrow(() -> new IllegalStateException("template has no language"));
    TemplateText t = template.locales.get(locale);
    Map<String, Object> data = model.data();
    String subject = render(t.subject(), TEXT, data).replaceAll("[\\r\\n]+", " ").strip();
    return new Rendered(
        locale, subject, render(t.html(), HTML, data), render(t.text(), TEXT, data));
  }

  private void check(String field, String source, Variant variant) {
    try {
      Template template = engine.parse(source, variant);
      render(template, MailModel.sample(true).data());
      render(template, MailModel.sample(false).data());
    } catch (TemplateException e) {
      int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
      String message = e.getMessage() == null ? "invalid template" : e.getMessage();
      throw Problem.badRequest(
              "The template " + field + " is not valid at line " + line + ": " + message)
          .with("errors", List.of(Map.of("field", field, "line", line, "message", message)));
    }
  }

  private String render(String source, Variant variant, Map<String, Object> data) {
    return render(engine.parse(source, variant), data);
  }

  private static String render(Template template, Map<String, Object> data) {
    TemplateInstance instance = template.instance();
    data.forEach(instance::data);
    return instance.render();
  }
}
