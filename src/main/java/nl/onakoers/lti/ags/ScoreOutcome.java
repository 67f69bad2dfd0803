package nl.onakoers.lti.ags;

import java.time.Duration;
import java.util.Objects;

/**
 * What became of one score post.
 *
 * @param kind accepted, or why not
 * @param status the HTTP status, or 0 when the platform was not reached
 * @param reason a short text for the coach and the log, such as {@code HTTP 400: <the platform's
 *     reason>}; never a token, and of a remote body only a short cleaned part (see {@link
 *     PlatformReason})
 * @param retryAfter the platform's {@code Retry-After}, or {@code null}
 */
public record ScoreOutcome(Kind kind, int status, String reason, Duration retryAfter) {

  /** The kinds of outcome; only {@link #RETRY} is worth sending again. */
  public enum Kind {
    /** 200, 201 or 204. */
    ACCEPTED,
    /** 409: the platform holds a score with the same or a newer timestamp (Moodle: same second). */
    CONFLICT,
    /**
     * 400, 422 or another 4xx: the platform will not take this score (e.g. user not gradable); or
     * its token lacks the scope.
     */
    REJECTED,
    /** 5xx, 408, 429, a 401 after a fresh token, a refused token, or no answer at all. */
    RETRY
  }

  public ScoreOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean isAccepted() {
    return kind == Kind.ACCEPTED;
  }
}
