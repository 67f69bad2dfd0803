package nl.onakoers.lti.ags;

import java.net.URI;

/**
 * Where the outbox tells the participant's card which line item its grades go to, once a line item
 * was found or created for a launch that named only the container; the coach's later grades for the
 * card then go there.
 */
public interface CardLineItems {

  /** Remembers {@code lineItem} on the card ({@code participant_card.id}). */
  void remember(String cardRowId, URI lineItem);
}
