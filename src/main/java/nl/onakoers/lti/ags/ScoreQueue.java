package nl.onakoers.lti.ags;

import java.net.URI;

/** Where a score goes before any HTTP call: the outbox that delivers it, with retries. */
public interface ScoreQueue {

  /** Queues the score for the line item; returns the outbox id. */
  long enqueue(String registrationId, URI lineItem, Score score);
}
