package nl.onakoers.ona.overview;

import java.time.Instant;
import java.util.Objects;
import nl.onakoers.ona.card.CardStatus;

/**
 * Where one participant's card stands, without its answers.
 *
 * @param userId the platform's {@code sub} of the owner
 * @param cardId RK1–RK9
 * @param status the card's status
 * @param updatedAt the last save, not null
 * @param submittedAt the last submission, or {@code null}
 * @param returned how often the coach returned it for another try
 * @param grade whether the card's newest grade reached the LMS
 */
public record CardProgress(
    String userId,
    String cardId,
    CardStatus status,
    Instant updatedAt,
    Instant submittedAt,
    int returned,
    GradeInLms grade) {

  /** A card for which no grade was queued. */
  public CardProgress(
      String userId,
      String cardId,
      CardStatus status,
      Instant updatedAt,
      Instant submittedAt,
      int returned) {
    this(userId, cardId, status, updatedAt, submittedAt, returned, GradeInLms.NONE);
  }

  public CardProgress {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(grade, "grade");
  }
}
