package io.parcours.lead;

import io.parcours.common.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Fired synchronously after a set-based creation ({@link LeadBulk}) wrote new leads and their
 * entries: the history rows of kind ENTRY with ids from {@code firstTransition} to {@code
 * lastTransition} and this cause. What a {@link StageChanged} entry sets off for one lead, an
 * observer does for all of them in a few statements, on {@code connection}, in the writer's
 * transaction.
 */
public record LeadsEntered(
    Connection connection,
    long firstTransition,
    long lastTransition,
    Cause cause,
    Actor actor,
    String correlationId) {

  /** The condition on stage_transition t that selects the entries; see {@link #bind}. */
  public static final String ENTRIES =
      "t.id between ? and ? and t.kind = 'ENTRY' and t.cause_type = ? and t.cause_id = ?";

  /** Binds the parameters of {@link #ENTRIES} from parameter {@code at}; answers the next one. */
  public int bind(PreparedStatement s, int at) throws SQLException {
    s.setLong(at, firstTransition);
    s.setLong(at + 1, lastTransition);
    s.setString(at + 2, cause.type().name());
    s.setString(at + 3, cause.id());
    return at + 4;
  }
}
