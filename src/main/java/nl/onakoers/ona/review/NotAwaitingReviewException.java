package nl.onakoers.ona.review;

import nl.onakoers.ona.card.CardStatus;

/** The card is not handed in (any more): a draft, returned, or already approved. */
public class NotAwaitingReviewException extends RuntimeException {

  public NotAwaitingReviewException(String cardId, CardStatus status) {
    super("Review rejected: card " + cardId + " is " + status);
  }
}
