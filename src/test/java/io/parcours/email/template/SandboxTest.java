package io.parcours.email.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.email.template.Sandbox.Budget;
import io.parcours.email.template.Sandbox.Part;
import io.parcours.email.template.SandboxAttacks.Attack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sandbox without Quarkus: what a template may use renders, everything else is refused. */
class SandboxTest {

  private final Rendering rendering = new Rendering();

  private static final MailModel CAMILLE =
      new MailModel(
          new MailModel.Lead("<b>Camille</b>", "Martin", "Camille Martin", null, "c@example.com"),
          new MailModel.Content("Guide", "https://example.com/g?a=1&b=2", "Short", "GUIDE"),
          null,
          "https://parcours.example/unsubscribe/t");

  @Test
  void shouldRenderTheDocumentedModelEscapedInHtmlOnly() {
    String source =
        "{lead.firstName} {lead.company ?: 'your company'} {lead.company or 'x'}"
            + " {#if content}<a href=\"{content.url}\">{content.title}</a>{/if}"
            + "{#if discount}{discount.code}{#else if lead.email != 'x'}none{#else}?{/if}"
            + " {lead.lastName ? 'M' : 'other'} {unsubscribeUrl}"
            + "{#if lead.firstName && !discount}!{/if}{! a comment !}{|{raw}|}";
    EmailTemplate t = template(source);

    Rendering.Rendered r = rendering.render(t, "en", CAMILLE);

    assertEquals(
        "&lt;b&gt;Camille&lt;/b&gt; your company x"
            + " <a href=\"https://example.com/g?a=1&amp;b=2\">Guide</a>none M"
            + " https://parcours.example/unsubscribe/t!{raw}",
        r.html());
    assertTrue(r.text().startsWith("<b>Camille</b> your company"), r.text());
  }

  @Test
  void shouldAcceptTheDocumentedModelWithAndWithoutItsOptionalParts() {
    rendering.validate(
        Map.of(
            "en",
            new TemplateText(
                "Hi {lead.firstName}",
                "{#if content}{content.summary}{/if}{#if discount}{discount.label}{/if}",
                "{lead.fullName} {lead.email} {unsubscribeUrl}")));
  }

  /** Refused, or rendered as text where Qute sees no expression ({'a'.concat('b')}). */
  @Test
  void shouldRefuseEveryAttackQuicklyNamingTheFieldAndTheLimit() {
    List<Attack> attacks =
        Stream.of(
                SandboxAttacks.namespaces(List.of()),
                SandboxAttacks.sections(List.of()),
                SandboxAttacks.calls(),
                SandboxAttacks.exhaustion())
            .flatMap(List::stream)
            .toList();
    List<String> accepted = new ArrayList<>();

    for (Attack a : attacks) {
      long start = System.nanoTime();
      try {
        EmailTemplate t = new EmailTemplate();
        t.locales.put("fr", new TemplateText("Hi", a.source(), "Hi"));
        rendering.validate(t.locales);
        String html = rendering.render(t, "fr", CAMILLE).html();
        if (!html.isEmpty() && !html.equals(a.source())) {
          accepted.add(a.source() + " rendered " + html);
        }
      } catch (TemplateRefusal e) {
        assertTrue(e.getMessage().contains("locales.fr.html"), e.getMessage());
        if (a.limit() != null) {
          assertTrue(e.getMessage().contains(a.limit()), a.limit() + ": " + e.getMessage());
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(
          millis < 1_000,
          a.source().substring(0, Math.min(20, a.source().length())) + "… took " + millis + " ms");
    }

    assertEquals(List.of(), accepted, attacks.size() + " variants tried");
  }

  @Test
  void shouldDocumentTheLimitsItApplies() {
    for (String limit :
        List.of(
            "sourceLength 500",
            "100000 for each body",
            "outputLength 1000 and 200000",
            "sectionDepth " + Sandbox.MAX_DEPTH,
            "expressions " + Sandbox.MAX_EXPRESSIONS,
            "operators " + Sandbox.MAX_OPERATORS,
            "renderTime " + Sandbox.RENDER_TIME.toMillis())) {
      assertTrue(TemplateText.SANDBOX.contains(limit), limit);
    }
    assertEquals(500, Part.SUBJECT.maxSource);
    assertEquals(100_000, Part.HTML.maxSource);
    assertEquals(1_000, Part.SUBJECT.maxOutput);
    assertEquals(200_000, Part.TEXT.maxOutput);
  }

  @Test
  void shouldStopARenderThatRunsOutOfTime() {
    Sandbox sandbox = new Sandbox();
    Budget spent = new Budget(Duration.ZERO);

    TemplateRefusal e =
        assertThrows(
            TemplateRefusal.class, () -> sandbox.parse("html", "{lead.email}", Part.HTML, spent));

    assertTrue(e.getMessage().contains("renderTime"), e.getMessage());
  }

  private static EmailTemplate template(String html) {
    EmailTemplate t = new EmailTemplate();
    t.locales.put("en", new TemplateText("Hi {lead.firstName}", html, html));
    return t;
  }
}
