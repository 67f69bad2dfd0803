package nl.onakoers.ona.review;

import java.util.Locale;
import java.util.Optional;
import nl.onakoers.ona.card.CardStatus;

/** What a coach decides about a handed-in card; the name is also the card event's kind. */
public enum ReviewDecision {
  /** Back to the participant with feedback: status feedback, event {@code returned}. */
  RETURNED(CardStatus.FEEDBACK),
  /** Akkoord, the coach's "exam-ready" mark: status akkoord, event {@code approved}. */
  APPROVED(CardStatus.AKKOORD);

  private final CardStatus status;

  ReviewDecision(CardStatus status) {
    this.status = status;
  }

  public CardStatus status() {
    return status;
  }

  /** The card event kind and the stored name: {@code returned} or {@code approved}. */
  public String kind() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReviewDecision> ofKind(String kind) {
    for (ReviewDecision d : values()) {
      if (d.kind().equals(kind)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
