package nl.onakoers.ona.overview;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant's card in the overview.
 *
 * @param cardId RK1–RK9
 * @param status the card's status, {@link CellStatus#NOT_STARTED} when nothing is saved
 * @param updatedAt the last save, or {@code null}
 * @param waitingSince when it was submitted, if it is waiting for the coach; else {@code null}
 * @param returned how often the coach returned it
 * @param grade whether the grade reached the LMS
 */
public record Cell(
    String cardId,
    CellStatus status,
    Instant updatedAt,
    Instant waitingSince,
    int returned,
    GradeInLms grade) {

  public Cell {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(grade, "grade");
  }

  static Cell notStarted(String cardId) {
    return new Cell(cardId, CellStatus.NOT_STARTED, null, null, 0, GradeInLms.NONE);
  }

  static Cell of(CardProgress card) {
    CellStatus status = CellStatus.of(card.status());
    Instant waiting = status == CellStatus.INGEDIEND ? card.submittedAt() : null;
    return new Cell(
        card.cardId(), status, card.updatedAt(), waiting, card.returned(), card.grade());
  }
}
