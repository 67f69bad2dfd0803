package nl.onakoers.lti.ags;

/**
 * What one {@link ScoreOutbox#deliverDue} run did.
 *
 * @param sent scores the platform accepted
 * @param rescheduled scores to try again later
 * @param failed scores given up on
 */
public record OutboxDelivery(int sent, int rescheduled, int failed) {

  static final OutboxDelivery NONE = new OutboxDelivery(0, 0, 0);

  OutboxDelivery plus(OutboxDelivery other) {
    return new OutboxDelivery(
        sent + other.sent, rescheduled + other.rescheduled, failed + other.failed);
  }
}
