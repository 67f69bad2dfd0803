package nl.onakoers.lti.ags;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of the score outbox, shared by every node. */
public interface ScoreOutboxRepository {

  /** Writes a pending score, due at once; returns its id. */
  default long add(String registrationId, URI lineItem, Score score, Instant now) {
    return add(registrationId, lineItem, score, now, null);
  }

  /** Writes a pending score of a participant's card ({@code null}: of none); returns its id. */
  default long add(
      String registrationId, URI lineItem, Score score, Instant now, String cardRowId) {
    return add(registrationId, lineItem, null, score, now, cardRowId);
  }

  /**
   * Writes a pending score for a line item, a target whose line item is still to be found, or both
   * (a target already resolved); returns its id.
   */
  long add(
      String registrationId,
      URI lineItem,
      LineItemTarget target,
      Score score,
      Instant now,
      String cardRowId);

  /** The line item some row of the target was resolved to, if any was. */
  Optional<URI> resolvedLineItem(String targetKey);

  /**
   * Writes the line item on every row of the target that has none yet.
   *
   * @return the participant cards ({@code card_row_id}) of those rows, without duplicates
   */
  List<String> resolve(String targetKey, URI lineItem);

  /** The newest score written for a participant's card, if any. */
  Optional<OutboxScore> latestForCard(String cardRowId);

  Optional<OutboxScore> find(long id);

  /**
   * Pending rows due at {@code now}, oldest first, leaving out any row that has an older pending
   * row for the same line item or target and user (those go strictly in order), and any unresolved
   * row that has an older unresolved pending row of the same target (a target is resolved once, by
   * one node).
   */
  List<OutboxScore> due(Instant now, int limit);

  /**
   * Takes a due row for sending: counts the attempt, moves {@code nextAttemptAt} to {@code
   * leaseUntil} and clears {@code lastError}, so a row whose node stops before writing down the
   * outcome shows an attempt without an error. One conditional update, so of two nodes that try at
   * once exactly one succeeds.
   *
   * @param seenAttempts the attempts the caller read; the claim fails when another node moved on
   */
  boolean claim(long id, int seenAttempts, Instant now, Instant leaseUntil);

  /** The newest timestamp sent for the line item and user, if any was. */
  Optional<Instant> lastSentTimestamp(URI lineItem, String userId);

  /** Marks the row delivered with the timestamp that was sent. */
  void markSent(long id, Instant sentTimestamp, String note);

  /** Leaves the row pending, due again at {@code next}. */
  void reschedule(long id, Instant next, String error);

  /** Gives up on the row. */
  void markFailed(long id, String error);
}
