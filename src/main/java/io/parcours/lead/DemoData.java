package io.parcours.lead;

import io.parcours.persona.Persona;
import io.parcours.persona.PersonaRequest;
import io.parcours.persona.PersonaService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;

/** A small pipeline for a first look in dev mode: personas, and leads in every stage. */
@Singleton
@IfBuildProfile("dev")
public class DemoData {

  private static final String[][] PEOPLE = {
    {"Camille", "Martin", "Boulangerie Martin"}, {"Hugo", "Bernard", "Atelier Bernard"},
    {"Léa", "Dubois", "Dubois Conseil"}, {"Louis", "Thomas", "Thomas & Fils"},
    {"Chloé", "Robert", "Robert Immobilier"}, {"Jules", "Richard", "Richard Sport"},
    {"Manon", "Petit", "Petit Design"}, {"Gabriel", "Durand", "Durand Logistique"},
    {"Inès", "Leroy", "Leroy Santé"}, {"Arthur", "Moreau", "Moreau Édition"},
    {"Sarah", "Simon", "Simon Traiteur"}, {"Nathan", "Laurent", "Laurent Auto"},
    {"Emma", "Lefebvre", "Lefebvre Bio"}, {"Raphaël", "Michel", "Michel Énergie"}
  };

  @Inject PersonaService personas;
  @Inject LeadService leads;
  @Inject StageService journey;

  @ActivateRequestContext
  void load(@Observes StartupEvent start) {
    if (QuarkusTransaction.requiringNew().call(() -> Lead.count()) > 0) {
      return;
    }
    Persona owner =
        personas.create(
            new PersonaRequest(
                "Small business owner",
                "Runs a shop of 2 to 20 people and buys for it himself.",
                30,
                60,
                "Shop owner",
                "50-100k",
                "Vocational",
                List.of("Reliability"),
                List.of("Grow the shop"),
                List.of("No time to compare offers"),
                List.of("EMAIL", "STORE")));
    Persona buyer =
        personas.create(
            new PersonaRequest(
                "Procurement manager",
                "A professional buyer who knows what he wants.",
                35,
                55,
                "Purchasing",
                "100k+",
                "Master",
                List.of("Value for money"),
                List.of("Lower costs"),
                List.of("Long approval chains"),
                List.of("EMAIL", "PHONE", "EVENT")));
    Stage[] stages = Stage.values();
    for (int i = 0; i < PEOPLE.length; i++) {
      String[] p = PEOPLE[i];
      Persona persona = i % 3 == 0 ? buyer : owner;
      String email = (p[0] + "." + p[1]).toLowerCase().replaceAll("[^a-z.]", "") + "@example.com";
      Lead lead =
          leads.create(
              new LeadRequest(
                  email,
                  p[0],
                  p[1],
                  p[2],
                  null,
                  "fr",
                  persona.id,
                  null,
                  new LeadSource(i % 2 == 0 ? "WEB" : "EVENT", "spring-fair", null, null, null),
                  null,
                  BigDecimal.valueOf(1000L + 250L * i),
                  null,
                  List.of("demo"),
                  null,
                  null,
                  null));
      Stage target = stages[i % stages.length];
      if (target != Stage.DISCOVERY) {
        journey.change(
            lead.id,
            "\"" + lead.version + "\"",
            new StageChangeRequest(target, target == Stage.LOST ? "Chose a competitor" : null));
      }
    }
    Log.infof("Loaded demo data: 2 personas, %d leads", PEOPLE.length);
  }
}
