package io.parcours.board;

import io.parcours.lead.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pipeline board: one column per stage, with its totals and its first cards. */
public record BoardView(List<Column> columns) {

  public record Column(Stage stage, long leads, BigDecimal dealValue, List<Card> cards) {}

  /** {@code stalled}: in this stage for longer than the configured delay, with no touchpoint. */
  public record Card(
      UUID id,
      String name,
      String email,
      String company,
      UUID personaId,
      UUID ownerId,
      Instant stageEnteredAt,
      long daysInStage,
      boolean stalled,
      BigDecimal dealValue,
      int score,
      long version) {

    Card asStalled() {
      return new Card(
          id,
          name,
          email,
          company,
          personaId,
          ownerId,
          stageEnteredAt,
          daysInStage,
          true,
          dealValue,
          score,
          version);
    }
  }
}
