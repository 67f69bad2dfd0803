package nl.onakoers.ona.card;

/** The card was saved elsewhere (another tab) after this page was opened; nothing was written. */
public class StaleCardException extends RuntimeException {

  public StaleCardException(String cardId, long expectedVersion) {
    super("Card save rejected: " + cardId + " is no longer at version " + expectedVersion);
  }
}
