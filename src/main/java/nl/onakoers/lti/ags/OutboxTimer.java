package nl.onakoers.lti.ags;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link ScoreOutbox#deliverDue} every 30 seconds on every node. The singleton's write lock
 * keeps runs on one node from overlapping; the outbox's claims keep nodes from sending the same
 * score.
 */
@Singleton
public class OutboxTimer {

  private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

  @Inject ScoreOutbox outbox;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void deliver() {
    try {
      OutboxDelivery delivery = outbox.deliverDue(clock.instant());
      if (!delivery.equals(OutboxDelivery.NONE)) {
        LOG.log(
            Level.INFO,
            "Score outbox: {0} sent, {1} to retry, {2} failed",
            new Object[] {delivery.sent(), delivery.rescheduled(), delivery.failed()});
      }
    } catch (RuntimeException e) {
      // The next run tries again; a timer that throws would only add noise to the server log.
      LOG.log(Level.WARNING, "Score outbox run failed", e);
    }
  }
}
