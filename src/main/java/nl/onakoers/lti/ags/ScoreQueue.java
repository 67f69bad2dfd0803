package nl.onakoers.lti.ags;

import java.net.URI;

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
}
