package nl.onakoers.lti.ags;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A score in the outbox.
 *
 * @param id the outbox's own id; higher ids were written later
 * @param registrationId the registration whose platform receives the score
 * @param lineItem the line item URL, query string included
 * @param score the score; once sent, with the timestamp that was actually sent
 * @param attempts how many times a node took the row to send it
 * @param nextAttemptAt when the row is due (again); while being sent, the end of the lease
 * @param status pending, sent or failed
 * @param lastError why the last attempt did not deliver, or {@code null}
 * @param createdAt when the row was written
 */
public record OutboxScore(
    long id,
    String registrationId,
    URI lineItem,
    Score score,
    int attempts,
    Instant nextAttemptAt,
    OutboxStatus status,
    String lastError,
    Instant createdAt) {

  public OutboxScore {
    Objects.requireNonNull(registrationId, "registrationId");
    Objects.requireNonNull(lineItem, "lineItem");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
