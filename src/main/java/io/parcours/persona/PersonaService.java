package io.parcours.persona;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class PersonaService {

  @Inject AppClock clock;

  public Persona get(UUID id) {
    return Persona.<Persona>findByIdOptional(id).orElseThrow(() -> Problem.notFound("Persona", id));
  }

  @Transactional
  public Persona create(PersonaRequest request) {
    Persona persona = new Persona();
    persona.id = UUID.randomUUID();
    persona.createdAt = clock.now();
    apply(persona, request);
    persona.persist();
    return persona;
  }

  @Transactional
  public Persona replace(UUID id, String ifMatch, PersonaRequest request) {
    Persona persona = get(id);
    ETags.require(ifMatch, persona.version);
    apply(persona, request);
    Persona.flush();
    return persona;
  }

  /**
   * Refused while leads use the persona (detaching them silently would lose their targeting), or
   * while its journeys hold enrolments.
   */
  @Transactional
  public void delete(UUID id) {
    Persona persona = get(id);
    long users =
        Persona.getEntityManager()
            .createQuery("select count(l) from Lead l where l.persona.id = ?1", Long.class)
            .setParameter(1, id)
            .getSingleResult();
    if (users > 0) {
      throw Problem.conflict(
              "The persona is used by " + users + " leads; move them to another persona first")
          .with("leadCount", users);
    }
    // Deleting the persona deletes its journeys, their enrolments and, through them, the emails
    // they sent: refused while any lead entered one, as a journey's own deletion is.
    long entered =
        ((Number)
                Persona.getEntityManager()
                    .createNativeQuery(
                        "select count(*) from journey_enrolment e join journey j"
                            + " on j.id = e.journey_id where j.persona_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (entered > 0) {
      throw Problem.conflict(
              "Leads entered journeys of this persona and stay on record; deactivate the journeys")
          .with("enrolments", entered);
    }
    persona.delete();
  }

  private void apply(Persona persona, PersonaRequest r) {
    if (r.ageMin() != null && r.ageMax() != null && r.ageMin() > r.ageMax()) {
      throw Problem.invalid("ageMax", "must not be below ageMin");
    }
    Persona.findByName(r.name())
        .filter(other -> !Objects.equals(other.id, persona.id))
        .ifPresent(
            other -> {
              throw Problem.conflict("A persona named '" + r.name() + "' already exists")
                  .with("existingId", other.id);
            });
    persona.name = r.name().strip();
    persona.description = r.description();
    persona.ageMin = r.ageMin();
    persona.ageMax = r.ageMax();
    persona.profession = r.profession();
    persona.incomeBand = r.incomeBand();
    persona.education = r.education();
    persona.values = listOf(r.values());
    persona.goals = listOf(r.goals());
    persona.painPoints = listOf(r.painPoints());
    persona.preferredChannels = listOf(r.preferredChannels());
    persona.updatedAt = clock.now();
  }

  private static List<String> listOf(List<String> given) {
    return given == null ? List.of() : List.copyOf(given);
  }
}
