package nl.onakoers.ona.card;

/**
 * The card cannot be changed in its status (handed in, or approved). An {@link
 * IllegalStateException}, so callers that only know that keep working.
 */
public class CardNotEditableException extends IllegalStateException {

  public CardNotEditableException(String cardId, CardStatus status) {
    super("Card " + cardId + " is " + status);
  }
}
