package io.parcours.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Per item given in the period: leads that received it, and those that moved on from the stage they
 * received it in within withinDays; most received first.
 */
public record ContentReport(LocalDate from, LocalDate to, int withinDays, List<Item> items) {

  public record Item(UUID contentId, String title, long received, long advanced, Double rate) {}
}
