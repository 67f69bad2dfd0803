package nl.onakoers.lti.ags;

import java.net.URI;
import java.util.Optional;

/** Where a score goes before any HTTP call: the outbox that delivers it, with retries. */
public interface ScoreQueue {

  /** Queues the score for the line item; returns the outbox id. */
  long enqueue(String registrationId, URI lineItem, Score score);

  /**
   * Queues a score that belongs to a participant's card ({@code participant_card.id}), so that its
   * delivery can be shown per card. A queue that does not track cards just queues the score.
   */
  default long enqueue(String registrationId, URI lineItem, Score score, String cardRowId) {
    return enqueue(registrationId, lineItem, score);
  }

  /**
   * Queues a score whose line item is still to be found or created, for a participant's card. A
   * queue that cannot resolve line items refuses.
   *
   * @throws UnsupportedOperationException when this queue cannot resolve line items
   */
  default long enqueue(
      String registrationId, LineItemTarget target, Score score, String cardRowId) {
    throw new UnsupportedOperationException("This score queue cannot resolve line items");
  }

  /**
   * Queues a score of the card against the target of the card's newest score, when that target was
   * not resolved yet: a grade for a card handed in through a launch that named only the container.
   *
   * @return the outbox id, or empty when the card's newest score has a known line item (or none)
   */
  default Optional<Long> enqueueOnUnresolvedTarget(Score score, String cardRowId) {
    return Optional.empty();
  }
}
