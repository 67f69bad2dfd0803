package nl.onakoers.lti.ags;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A score in the outbox.
 *
 * @param id the outbox's own id; higher ids were written later
 * @param registrationId the registration whose platform receives the score
 * @param lineItem the line item URL, query string included; {@code null} while {@code target} is
 *     not resolved yet
 * @param target the line item to find or create, when the launch named only the container;
 *     otherwise {@code null}
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
    LineItemTarget target,
    Score score,
    int attempts,
    Instant nextAttemptAt,
    OutboxStatus status,
    String lastError,
    Instant createdAt) {

  public OutboxScore {
    Objects.requireNonNull(registrationId, "registrationId");
    if (lineItem == null && target == null) {
      throw new IllegalArgumentException("an outbox score needs a line item or a target");
    }
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The same row with its line item found or created. */
  public OutboxScore resolvedTo(URI resolved) {
    return new OutboxScore(
        id,
        registrationId,
        resolved,
        target,
        score,
        attempts,
        nextAttemptAt,
        status,
        lastError,
        createdAt);
  }

  /** The key of the row's target (see {@link LineItemTarget#key}), or {@code null}. */
  public String targetKey() {
    return target == null ? null : target.key(registrationId);
  }
}
