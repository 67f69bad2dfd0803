package nl.onakoers.ona.card;

import java.time.Instant;

/**
 * One thing that happened to a card, for the history on the card page.
 *
 * @param kind the event kind as stored ({@code created}, {@code submitted}, and kinds that other
 *     features add, such as {@code returned} or {@code approved}); read as a plain string so that a
 *     new kind never breaks the page
 * @param at when it happened
 */
public record CardHistoryEvent(String kind, Instant at) {

  /** The kind written when a card is saved for the first time. */
  public static final String CREATED = "created";
}
