package io.parcours.email.rule;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.discount.DiscountKind;
import io.parcours.email.template.EmailTemplate;
import io.parcours.lead.Stage;
import io.parcours.persona.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RuleService {

  private static final Map<String, Keyset.Field<EmailRule>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, r -> r.createdAt));

  @Inject AppClock clock;

  public Page<RuleView> list(Stage stage, String cursor, int limit) {
    Keyset<EmailRule> keyset = Keyset.of("createdAt", SORTS, r -> r.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (stage != null) {
      where.add("stage = :stage");
      params.put("stage", stage);
    }
    keyset.after(cursor, where, params);
    String hql =
        "from EmailRule"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<EmailRule> rows = EmailRule.<EmailRule>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, RuleView::from);
  }

  public EmailRule get(UUID id) {
    return EmailRule.<EmailRule>findByIdOptional(id)
        .orElseThrow(() -> Problem.notFound("Email rule", id));
  }

  @Transactional
  public EmailRule create(RuleRequest r) {
    EmailRule rule = new EmailRule();
    rule.id = UUID.randomUUID();
    rule.createdAt = clock.now();
    apply(rule, r);
    rule.persist();
    return rule;
  }

  @Transactional
  public EmailRule replace(UUID id, String ifMatch, RuleRequest r) {
    EmailRule rule = get(id);
    ETags.require(ifMatch, rule.version);
    apply(rule, r);
    EmailRule.flush();
    return rule;
  }

  /** Only a rule that never planned an email goes; the others are deactivated instead. */
  @Transactional
  public void delete(UUID id) {
    EmailRule rule = get(id);
    long planned =
        EmailRule.getEntityManager()
            .createQuery("select count(e) from OutboxEmail e where e.ruleId = ?1", Long.class)
            .setParameter(1, id)
            .getSingleResult();
    if (planned > 0) {
      throw Problem.conflict("The rule has planned emails, which stay on record; deactivate it")
          .with("emails", planned);
    }
    rule.delete();
  }

  private void apply(EmailRule rule, RuleRequest r) {
    if (EmailTemplate.findById(r.templateId()) == null) {
      throw Problem.invalid("templateId", "no email template has this id");
    }
    if (r.personaId() != null && Persona.findById(r.personaId()) == null) {
      throw Problem.invalid("personaId", "no persona has this id");
    }
    checkDiscount(r);
    rule.name = r.name().strip();
    rule.stage = r.stage();
    rule.personaId = r.personaId();
    rule.delaySeconds = delay(r.delay()).toSeconds();
    rule.templateId = r.templateId();
    rule.contentTypes =
        r.contentTypes() == null
            ? List.of()
            : r.contentTypes().stream().distinct().map(Enum::name).toList();
    rule.discountKind = r.discountKind();
    rule.discountValue = r.discountValue();
    rule.discountCurrency = r.discountCurrency();
    rule.marketing = r.marketing() == null || r.marketing();
    rule.stopOnStageExit = r.stopOnStageExit() == null || r.stopOnStageExit();
    rule.active = r.active() == null || r.active();
    rule.updatedAt = clock.now();
  }

  private static Duration delay(String text) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw Problem.invalid("delay", "must be an ISO-8601 duration such as PT0S, PT2H or P7D");
    }
    if (d.isNegative()) {
      throw Problem.invalid("delay", "must not be negative");
    }
    return d;
  }

  private static void checkDiscount(RuleRequest r) {
    if (r.discountKind() == null) {
      if (r.discountValue() != null || r.discountCurrency() != null) {
        throw Problem.invalid("discountKind", "must be given with a discount value or currency");
      }
      return;
    }
    if (r.discountValue() == null) {
      throw Problem.invalid("discountValue", "must be given with a discount kind");
    }
    boolean percent = r.discountKind() == DiscountKind.PERCENT;
    if (percent && r.discountValue().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw Problem.invalid("discountValue", "a percentage must be at most 100");
    }
    if (percent && r.discountCurrency() != null) {
      throw Problem.invalid("discountCurrency", "a percentage has no currency");
    }
    if (!percent && r.discountCurrency() == null) {
      throw Problem.invalid("discountCurrency", "an amount needs a currency");
    }
  }
}
