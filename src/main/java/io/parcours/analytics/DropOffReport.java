package io.parcours.analytics;

import io.parcours.lead.Stage;
import java.time.LocalDate;
import java.util.List;

/** Leads lost in the period, by the stage they were lost from, with the reasons given. */
public record DropOffReport(LocalDate from, LocalDate to, List<Row> stages) {

  public record Row(Stage stage, long lost, List<Reason> reasons) {}

  /** reason is trimmed and lower-cased, so that "Price" and "price " count together. */
  public record Reason(String reason, long count) {}
}
