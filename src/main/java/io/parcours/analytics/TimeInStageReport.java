package io.parcours.analytics;

import io.parcours.lead.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stays that ended in the period (the lead left the stage), per stage: for all personas (personaId
 * null) and for each persona. Durations are within 4.5 % (one histogram bucket's half-width).
 */
public record TimeInStageReport(LocalDate from, LocalDate to, List<Row> stages) {

  public record Row(Stage stage, UUID personaId, long leads, Long medianSeconds, Long p90Seconds) {}
}
