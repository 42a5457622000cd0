package io.parcours.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a report covers: days from and to (inclusive), and the lead filters. Writes the SQL that
 * picks the matching rollup rows (the filter combination, dims) and pending deltas.
 */
record Scope(LocalDate from, LocalDate to, UUID personaId, UUID ownerId, String source) {

  /** The filter combinations the rollups keep: all leads, and each filter alone. */
  static final Set<Integer> SINGLE_FILTERS = Set.of(0, 1, 2, 4);

  /** Stays are also kept per persona under an owner or a source filter. */
  static final Set<Integer> STAY_FILTERS = Set.of(0, 1, 2, 3, 4, 5);

  /**
   * The leads a combination of filters outside the rollups matches, each with its history's
   * contribution from the given view (analytics_*_fact), aliased f; l is the lead.
   */
  String matchingLeads(String factView, List<Object> params) {
    return " from lead l cross join lateral (select * from "
        + factView
        // offset 0 keeps the subquery per lead, so its lead_id reaches the history's index
        + " f where f.lead_id = l.id offset 0) f where true"
        + leadTableFilter(params);
  }

  Scope withoutLeadFilters() {
    return new Scope(from, to, null, null, null);
  }

  Scope withPersona(UUID persona) {
    return new Scope(from, to, persona, ownerId, source);
  }

  /** The rollup rows' filter combination: 1 persona, 2 owner, 4 source. */
  int dims() {
    return (personaId == null ? 0 : 1) | (ownerId == null ? 0 : 2) | (source == null ? 0 : 4);
  }

  /** "and ..." restricting rollup or delta rows to the lead filters. */
  String leadFilter(List<Object> params) {
    return filter(params, "persona_id", "owner_id", "source");
  }

  /** The same filters on the lead table, aliased l. */
  String leadTableFilter(List<Object> params) {
    return filter(params, "l.persona_id", "l.owner_id", "l.source_channel");
  }

  private String filter(List<Object> params, String persona, String owner, String src) {
    StringBuilder sql = new StringBuilder();
    if (personaId != null) {
      sql.append(" and ").append(persona).append(" = ?");
      params.add(personaId);
    }
    if (ownerId != null) {
      sql.append(" and ").append(owner).append(" = ?");
      params.add(ownerId);
    }
    if (source != null) {
      sql.append(" and ").append(src).append(" = ?");
      params.add(source);
    }
    return sql.toString();
  }

  /**
   * Rows of a rollup with grains: those of one grain (a constant, D or M) from a day on, up to
   * another (excluded).
   */
  record GrainRange(String grain, LocalDate from, LocalDate until) {}

  /** The period as whole months (grain M) read once and the days around them (grain D). */
  List<GrainRange> grainRanges() {
    List<GrainRange> ranges = new ArrayList<>();
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
    if (!firstMonth.isBefore(afterLastMonth)) {
      ranges.add(new GrainRange("D", from, to.plusDays(1)));
    } else {
      ranges.add(new GrainRange("M", firstMonth, afterLastMonth));
      if (from.isBefore(firstMonth)) {
        ranges.add(new GrainRange("D", from, firstMonth));
      }
      if (afterLastMonth.isBefore(to.plusDays(1))) {
        ranges.add(new GrainRange("D", afterLastMonth, to.plusDays(1)));
      }
    }
    return ranges;
  }
}
