package io.parcours.lead;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.persona.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class LeadService {

  private static final int MAX_ATTRIBUTES_BYTES = 16_384;

  @Inject AppClock clock;
  @Inject RequestContext request;
  @Inject StageService journey;
  @Inject ObjectMapper json;
  @Inject Validator validator;
  @Inject Event<LeadChanged> changes;
  @Inject Referrals referrals;

  /** The lead, if the caller may see it; someone else's lead does not exist for a salesperson. */
  public Lead get(UUID id) {
    return Lead.<Lead>findByIdOptional(id)
        .filter(l -> request.mayAccess(l.ownerId))
        .orElseThrow(() -> Problem.notFound("Lead", id));
  }

  @Transactional
  public Lead create(LeadRequest r) {
    Lead.findByEmail(r.email())
        .ifPresent(
            existing -> {
              Problem taken = Problem.conflict("A lead with this email already exists");
              throw request.mayAccess(existing.ownerId)
                  ? taken.with("existingId", existing.id)
                  : taken;
            });
    return insert(r);
  }

  /** Creates the lead, or merges the given fields into the one with that email. */
  @Transactional
  public Upserted upsert(LeadRequest r) {
    return upsert(r, null);
  }

  /**
   * As {@link #upsert(LeadRequest)}, with an optional If-Match: when given, only a merge into the
   * lead at that version is done (412 otherwise, and when there is no lead to merge into).
   */
  @Transactional
  public Upserted upsert(LeadRequest r, String ifMatch) {
    Lead lead = Lead.findByEmail(r.email()).orElse(null);
    if (lead == null && ifMatch != null) {
      throw new Problem(
          412, "Precondition failed", "There is no lead with this email to merge into");
    }
    if (lead == null) {
      return new Upserted(insert(r), true);
    }
    if (!request.mayAccess(lead.ownerId)) {
      throw Problem.conflict("A lead with this email exists and belongs to another salesperson");
    }
    Lead.getEntityManager().lock(lead, LockModeType.PESSIMISTIC_WRITE);
    if (ifMatch != null) {
      ETags.require(ifMatch, lead.version);
    }
    merge(lead, r);
    referrals.record(lead, r.referralCode());
    changes.fire(new LeadChanged(lead, LeadChanged.Kind.UPDATED, given(r)));
    if (r.stage() != null && r.stage() != lead.stage) {
      journey.move(lead, r.stage(), request.actor(), Cause.of(Cause.Type.MANUAL), null);
    }
    Lead.flush();
    return new Upserted(lead, false);
  }

  public record Upserted(Lead lead, boolean created) {}

  /** Applies a JSON merge patch: fields present in the body change, the others stay. */
  @Transactional
  public Lead patch(UUID id, String ifMatch, ObjectNode body) {
    LeadPatch p = read(body);
    Lead lead = get(id);
    ETags.require(ifMatch, lead.version);
    Set<String> present = new HashSet<>();
    body.fieldNames().forEachRemaining(present::add);
    if (present.contains("email")) {
      if (p.email() == null) {
        throw Problem.invalid("email", "must not be null");
      }
      Lead.findByEmail(p.email())
          .filter(other -> !other.id.equals(lead.id))
          .ifPresent(
              other -> {
                Problem taken = Problem.conflict("A lead with this email already exists");
                throw request.mayAccess(other.ownerId) ? taken.with("existingId", other.id) : taken;
              });
      lead.email = p.email().strip();
    }
    if (present.contains("firstName")) lead.firstName = p.firstName();
    if (present.contains("lastName")) lead.lastName = p.lastName();
    if (present.contains("company")) lead.company = p.company();
    if (present.contains("phone")) lead.phone = p.phone();
    if (present.contains("locale")) lead.locale = p.locale() == null ? "en" : p.locale();
    if (present.contains("personaId")) lead.persona = persona(p.personaId());
    if (present.contains("ownerId")) lead.ownerId = owner(lead.ownerId, p.ownerId());
    if (present.contains("source")) lead.source = p.source();
    if (present.contains("dealValue")) lead.dealValue = p.dealValue();
    if (present.contains("tags")) lead.tags = tags(p.tags());
    if (present.contains("attributes")) lead.attributes = attributes(p.attributes());
    if (present.contains("timeZone")) lead.timeZone = TimeZones.check("timeZone", p.timeZone());
    lead.updatedAt = clock.now();
    changes.fire(
        new LeadChanged(lead, LeadChanged.Kind.UPDATED, present.stream().sorted().toList()));
    Lead.flush();
    return lead;
  }

  @Transactional
  public void delete(UUID id, String ifMatch) {
    Lead lead = get(id);
    if (ifMatch != null) {
      ETags.require(ifMatch, lead.version);
    }
    changes.fire(new LeadChanged(lead, LeadChanged.Kind.DELETED, List.of()));
    lead.delete();
  }

  private Lead insert(LeadRequest r) {
    Lead lead = new Lead();
    lead.id = UUID.randomUUID();
    if (r.stage() == Stage.LOST) {
      throw Problem.invalid("stage", "a new lead cannot start as LOST");
    }
    lead.createdAt = clock.now();
    lead.stageEnteredAt = lead.createdAt;
    lead.consent = EmailConsent.unknown();
    lead.locale = "en";
    lead.tags = List.of();
    lead.attributes = Map.of();
    lead.ownerId = request.ownerScope().orElse(null);
    if (r.referralCode() != null) {
      referrals.advocate(r.referralCode()); // an unknown code refuses the lead before it exists
    }
    merge(lead, r);
    lead.stage = journey.entry(lead, r.stage());
    lead.cycle = lead.stage == Stage.CUSTOMER ? 1 : 0;
    lead.updatedAt = lead.createdAt;
    lead.persist();
    // Before the journey entry, whose observers record what follows from it.
    changes.fire(new LeadChanged(lead, LeadChanged.Kind.CREATED, List.of()));
    journey.enter(lead, request.actor(), Cause.of(Cause.Type.CREATION));
    referrals.record(lead, r.referralCode());
    Lead.flush();
    return lead;
  }

  /** The fields a create-or-merge request carries. */
  private static List<String> given(LeadRequest r) {
    Map<String, Object> all = new HashMap<>();
    all.put("email", r.email());
    all.put("firstName", r.firstName());
    all.put("lastName", r.lastName());
    all.put("company", r.company());
    all.put("phone", r.phone());
    all.put("locale", r.locale());
    all.put("personaId", r.personaId());
    all.put("ownerId", r.ownerId());
    all.put("source", r.source());
    all.put("dealValue", r.dealValue());
    all.put("tags", r.tags());
    all.put("attributes", r.attributes());
    all.put("consent", r.consent());
    all.put("referralCode", r.referralCode());
    all.put("timeZone", r.timeZone());
    return all.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Copies the fields the request carries; consent only while none was ever recorded. */
  private void merge(Lead lead, LeadRequest r) {
    lead.email = r.email().strip();
    if (r.firstName() != null) lead.firstName = r.firstName();
    if (r.lastName() != null) lead.lastName = r.lastName();
    if (r.company() != null) lead.company = r.company();
    if (r.phone() != null) lead.phone = r.phone();
    if (r.locale() != null) lead.locale = r.locale();
    if (r.personaId() != null) lead.persona = persona(r.personaId());
    if (r.ownerId() != null) lead.ownerId = owner(lead.ownerId, r.ownerId());
    if (r.source() != null) lead.source = r.source();
    if (r.dealValue() != null) lead.dealValue = r.dealValue();
    if (r.tags() != null) lead.tags = tags(r.tags());
    if (r.attributes() != null) lead.attributes = attributes(r.attributes());
    if (r.timeZone() != null) lead.timeZone = TimeZones.check("timeZone", r.timeZone());
    // An import must never silently re-subscribe someone who said no: changing a recorded consent
    // is the consent endpoint's job.
    if (r.consent() != null && lead.consent.status() == ConsentStatus.UNKNOWN) {
      lead.consent =
          new EmailConsent(
              r.consent().status(), r.consent().basis(), r.consent().source(), clock.now());
    }
    lead.updatedAt = clock.now();
  }

  /** The new owner, if the caller may give the lead to it (see {@link OwnerRule}). */
  private UUID owner(UUID current, UUID wanted) {
    String refusal =
        OwnerRule.refusal(current, wanted, request.ownerScope().orElse(null), request.reassigns());
    if (OwnerRule.NOT_ALLOWED.equals(refusal)) {
      throw new Problem(
          403, "Forbidden", "Only an admin or the lead's owner can give the lead to someone else");
    }
    if (refusal != null) {
      throw Problem.invalid("ownerId", refusal);
    }
    return wanted;
  }

  private Persona persona(UUID id) {
    if (id == null) {
      return null;
    }
    Persona persona = Persona.findById(id);
    if (persona == null) {
      throw Problem.invalid("personaId", "no persona has this id");
    }
    return persona;
  }

  private static List<String> tags(List<String> given) {
    return given == null ? List.of() : given.stream().map(String::strip).distinct().toList();
  }

  private Map<String, Object> attributes(Map<String, Object> given) {
    if (given == null) {
      return Map.of();
    }
    try {
      if (json.writeValueAsBytes(given).length > MAX_ATTRIBUTES_BYTES) {
        throw Problem.invalid(
            "attributes", "must be at most " + MAX_ATTRIBUTES_BYTES + " bytes of JSON");
      }
    } catch (JsonProcessingException e) {
      throw Problem.invalid("attributes", "must be a JSON object");
    }
    return new HashMap<>(given);
  }

  private LeadPatch read(ObjectNode body) {
    LeadPatch patch;
    try {
      patch = json.treeToValue(body, LeadPatch.class);
    } catch (JsonProcessingException e) {
      throw Problem.unreadable(e);
    }
    var violations = validator.validate(patch);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return patch;
  }
}
