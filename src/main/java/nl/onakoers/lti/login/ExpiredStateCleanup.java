package nl.onakoers.lti.login;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.session.LaunchSessionRepository;

/**
 * Removes login states and launch sessions that expired. Every node runs it; the deletes are
 * idempotent, so running twice costs only a query.
 */
@Singleton
public class ExpiredStateCleanup {

  /** Expired rows are kept a little while, so a late launch still gets "expired", not "unknown". */
  static final Duration GRACE = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(ExpiredStateCleanup.class.getName());

  @Inject LoginStateRepository states;
  @Inject LaunchSessionRepository sessions;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  void removeExpired() {
    Instant before = Instant.now(clock).minus(GRACE);
    int removedStates = states.deleteExpiredBefore(before);
    int removedSessions = sessions.deleteExpiredBefore(before);
    if (removedStates + removedSessions > 0) {
      LOG.log(
          Level.FINE,
          "Removed {0} expired login states and {1} expired sessions",
          new Object[] {removedStates, removedSessions});
    }
  }
}
