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

  /** "and (...)" over the day and month rows of a rollup with grains: whole months read once. */
  String grainFilter(List<Object> params) {
    List<String> parts = new ArrayList<>();
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
    if (!firstMonth.isBefore(afterLastMonth)) {
      parts.add("(grain = 'D' and day between ? and ?)");
      params.add(from);
      params.add(to);
    } else {
      parts.add("(grain = 'M' and day >= ? and day < ?)");
      params.add(firstMonth);
      params.add(afterLastMonth);
      parts.add("(grain = 'D' and ((day >= ? and day < ?) or (day >= ? and day <= ?)))");
      params.add(from);
      params.add(firstMonth);
      params.add(afterLastMonth);
      params.add(to);
    }
    return " and (" + String.join(" or ", parts) + ")";
  }
}
