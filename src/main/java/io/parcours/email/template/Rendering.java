package io.parcours.email.template;

import io.parcours.email.template.Sandbox.Budget;
import io.parcours.email.template.Sandbox.Part;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses and renders the templates marketing writes, in the {@link Sandbox}; HTML bodies escape
 * every value they insert. A template the sandbox refuses is a {@link TemplateRefusal}.
 */
@ApplicationScoped
public class Rendering {

  /** Parsed parts kept at most; past this the cache starts afresh (versions replaced pile up). */
  static final int CACHED_PARTS = 3_000;

  private final Sandbox sandbox = new Sandbox();

  /**
   * The parts of saved templates, parsed once per version: a saved template passed the sandbox's
   * checks at parse time, and a new version is parsed (and checked) again.
   */
  private final Map<Parsed, Template> parsed = new ConcurrentHashMap<>();

  private record Parsed(UUID template, long version, String locale, Part part) {}

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
    Source at = new Source(template, locale);
    String subject =
        render(at, field + "subject", t.subject(), Part.SUBJECT, data, budget)
            .replaceAll("[\\r\\n]+", " ")
            .strip();
    return new Rendered(
        locale,
        subject,
        render(at, field + "html", t.html(), Part.HTML, data, budget),
        render(at, field + "text", t.text(), Part.TEXT, data, budget));
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

  private record Source(EmailTemplate template, String locale) {}

  private String render(
      Source at, String field, String source, Part part, Map<String, Object> data, Budget budget) {
    return sandbox.render(field, parse(at, field, source, part, budget), data, part, budget);
  }

  /** A saved template's part from the cache, parsed on first use; an unsaved one every time. */
  private Template parse(Source at, String field, String source, Part part, Budget budget) {
    if (at.template().id == null) {
      return sandbox.parse(field, source, part, budget);
    }
    Parsed key = new Parsed(at.template().id, at.template().version, at.locale(), part);
    Template t = parsed.get(key);
    if (t == null) {
      t = sandbox.parse(field, source, part, budget);
      if (parsed.size() >= CACHED_PARTS) {
        parsed.clear();
      }
      parsed.put(key, t);
    }
    return t;
  }
}
