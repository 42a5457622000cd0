package io.parcours.email;

import io.parcours.consent.UnsubscribeTokens;
import io.parcours.content.ContentItem;
import io.parcours.discount.DiscountCode;
import io.parcours.discount.DiscountKind;
import io.parcours.discount.DiscountView;
import io.parcours.email.template.EmailTemplate;
import io.parcours.email.template.MailModel;
import io.parcours.email.template.Rendering;
import io.parcours.lead.Lead;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an outbox row into the message handed to SMTP: the rendered template, a visible unsubscribe
 * link, RFC 8058 one-click headers and a Message-ID of its own.
 */
@ApplicationScoped
class Composer {

  @Inject Rendering rendering;
  @Inject UnsubscribeTokens tokens;

  @ConfigProperty(name = "quarkus.mailer.from")
  Optional<String> from;

  record Composed(Mail mail, String locale, String subject, String messageId) {}

  Composed compose(OutboxEmail e, Lead lead) {
    EmailTemplate template = EmailTemplate.findById(e.templateId);
    if (template == null) {
      throw new IllegalStateException("the email's template no longer exists");
    }
    return compose(
        e.id, template, lead.id, lead.locale, MailModel.leadOf(lead), content(e), discount(e));
  }

  /** The message of an email whose template, lead and inclusions were read already. */
  Composed compose(
      UUID emailId,
      EmailTemplate template,
      UUID leadId,
      String wantedLocale,
      MailModel.Lead lead,
      MailModel.Content content,
      MailModel.Discount discount) {
    String unsubscribe = tokens.url(leadId);
    MailModel model = new MailModel(lead, content, discount, unsubscribe);
    Rendering.Rendered r = rendering.render(template, wantedLocale, model);
    boolean french = r.locale().startsWith("fr");
    String messageId = "<" + emailId + "@" + domain() + ">";
    Mail mail =
        Mail.withHtml(lead.email(), r.subject(), htmlWithFooter(r.html(), unsubscribe, french))
            .setText(r.text() + textFooter(unsubscribe, french))
            .addHeader("Message-ID", messageId)
            .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
            .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return new Composed(mail, r.locale(), r.subject(), messageId);
  }

  private static MailModel.Content content(OutboxEmail e) {
    if (e.contentId == null) {
      return null;
    }
    ContentItem item = ContentItem.findById(e.contentId);
    return item == null ? null : MailModel.contentOf(item);
  }

  private static MailModel.Discount discount(OutboxEmail e) {
    if (e.discountCodeId == null) {
      return null;
    }
    DiscountCode d = DiscountCode.findById(e.discountCodeId);
    if (d == null) {
      return null;
    }
    String label =
        d.kind == DiscountKind.PERCENT
            ? d.amount.stripTrailingZeros().toPlainString() + "%"
            : d.amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + d.currency;
    return new MailModel.Discount(
        DiscountView.from(d).code(),
        label,
        d.expiresAt.atZone(ZoneOffset.UTC).toLocalDate().toString());
  }

  static String htmlWithFooter(String html, String url, boolean french) {
    String footer =
        "<p style=\"font-size:12px;color:#666\">"
            + (french
                ? "Vous ne souhaitez plus recevoir nos courriels ? "
                : "No longer want these emails? ")
            + "<a href=\""
            + escape(url)
            + "\">"
            + (french ? "Se désabonner" : "Unsubscribe")
            + "</a></p>";
    int end = html.toLowerCase().lastIndexOf("</body>");
    return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
  }

  static String textFooter(String url, boolean french) {
    return "\n\n--\n" + (french ? "Se désabonner : " : "Unsubscribe: ") + url + "\n";
  }

  private String domain() {
    String address = from.orElse("parcours");
    int at = address.lastIndexOf('@');
    return at < 0 ? "parcours" : address.substring(at + 1).replace(">", "").strip();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
