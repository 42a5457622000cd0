package io.parcours.journeys;

import io.parcours.consent.LeadUnsubscribed;
import io.parcours.email.EmailFailed;
import io.parcours.lead.LeadsEntered;
import io.parcours.lead.StageChanged;
import io.parcours.touchpoint.TouchpointRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;

/** What sets journeys off or ends them, each in the transaction of the event. */
@ApplicationScoped
class Triggers {

  @Inject Enrolments enrolments;

  void on(@Observes StageChanged change) {
    enrolments.stageReached(change.lead(), change.transition());
  }

  void on(@Observes LeadsEntered entered) throws SQLException {
    enrolments.enteredAll(entered);
  }

  void on(@Observes TouchpointRecorded recorded) {
    enrolments.touchpointRecorded(recorded.lead(), recorded.touchpoint());
  }

  void on(@Observes LeadUnsubscribed refusal) {
    enrolments.unsubscribed(refusal.lead());
  }

  void on(@Observes EmailFailed failed) {
    enrolments.bounced(failed.email().enrolmentId);
  }
}
