package nl.onakoers.lti.registration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets the uses of invitations that have expired: an expired code is refused by its signature
 * alone. Every node runs it; the delete is idempotent.
 */
@Singleton
public class InvitationUseCleanup {

  private static final Logger LOG = Logger.getLogger(InvitationUseCleanup.class.getName());

  @Inject InvitationUses uses;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void removeExpired() {
    int removed = uses.deleteExpiredBefore(clock.instant());
    if (removed > 0) {
      LOG.log(Level.FINE, "Forgot {0} used invitations that have expired", removed);
    }
  }
}
