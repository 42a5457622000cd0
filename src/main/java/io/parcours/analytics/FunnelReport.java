package io.parcours.analytics;

import io.parcours.lead.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * Per stage: leads that first reached it in the period (or, for a cohort, leads created in the
 * period that ever reached it), how many of them have moved forward out of it, and that share.
 */
public record FunnelReport(LocalDate from, LocalDate to, boolean cohort, List<Row> stages) {

  /** conversion is null when nobody reached the stage, and for ADVOCATE, the journey's end. */
  public record Row(Stage stage, long reached, long advanced, Double conversion) {}
}
