package io.parcours.email.template;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.content.NextContent;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TemplateService {

  private static final Map<String, Keyset.Field<EmailTemplate>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, t -> t.createdAt));

  @Inject AppClock clock;
  @Inject Rendering rendering;
  @Inject LeadService leads;
  @Inject NextContent next;

  public Page<TemplateView> list(String cursor, int limit) {
    Keyset<EmailTemplate> keyset = Keyset.of("createdAt", SORTS, t -> t.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    keyset.after(cursor, where, params);
    String hql =
        "from EmailTemplate"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<EmailTemplate> rows =
        EmailTemplate.<EmailTemplate>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, TemplateView::from);
  }

  public EmailTemplate get(UUID id) {
    return EmailTemplate.<EmailTemplate>findByIdOptional(id)
        .orElseThrow(() -> Problem.notFound("Email template", id));
  }

  @Transactional
  public EmailTemplate create(TemplateRequest r) {
    EmailTemplate t = new EmailTemplate();
    t.id = UUID.randomUUID();
    t.createdAt = clock.now();
    apply(t, r);
    t.persist();
    return t;
  }

  @Transactional
  public EmailTemplate replace(UUID id, String ifMatch, TemplateRequest r) {
    EmailTemplate t = get(id);
    ETags.require(ifMatch, t.version);
    apply(t, r);
    EmailTemplate.flush();
    return t;
  }

  @Transactional
  public void delete(UUID id) {
    EmailTemplate t = get(id);
    Number journeys =
        (Number)
            EmailTemplate.getEntityManager()
                .createNativeQuery(
                    "select count(*) from journey where steps @> jsonb_build_array("
                        + "jsonb_build_object('templateId', cast(?1 as text)))")
                .setParameter(1, id.toString())
                .getSingleResult();
    if (journeys.longValue() > 0) {
      throw Problem.conflict("Journeys send this template; change them first")
          .with("journeys", journeys.longValue());
    }
    long emails =
        ((Number)
                EmailTemplate.getEntityManager()
                    .createNativeQuery("select count(*) from email_outbox where template_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (emails > 0) {
      throw Problem.conflict("Emails planned with this template stay on record; keep it")
          .with("emails", emails);
    }
    t.delete();
  }

  /** The template rendered for a lead the caller may see, with a sample discount code. */
  public Rendering.Rendered preview(UUID id, UUID leadId, String locale) {
    EmailTemplate t = get(id);
    Lead lead = leads.get(leadId);
    MailModel.Content content =
        next.rank(lead, null, 1).stream()
            .findFirst()
            .map(c -> MailModel.contentOf(c.item()))
            .orElse(null);
    MailModel model =
        new MailModel(
            MailModel.leadOf(lead),
            content,
            new MailModel.Discount("PREVIEW-CODE", "10%", "2030-01-31"),
            "#unsubscribe");
    return rendering.render(t, locale == null ? lead.locale : locale, model);
  }

  private void apply(EmailTemplate t, TemplateRequest r) {
    String name = r.name().strip();
    EmailTemplate.<EmailTemplate>find("lower(name) = lower(?1)", name)
        .firstResultOptional()
        .filter(other -> !other.id.equals(t.id))
        .ifPresent(
            other -> {
              throw Problem.conflict("An email template with this name already exists")
                  .with("existingId", other.id);
            });
    rendering.validate(r.locales());
    t.name = name;
    t.description = r.description();
    t.locales.clear();
    t.locales.putAll(r.locales());
    t.updatedAt = clock.now();
  }
}
