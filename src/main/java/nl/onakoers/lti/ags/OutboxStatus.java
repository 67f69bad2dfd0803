package nl.onakoers.lti.ags;

/** Where an outbox score is: waiting (or being sent), delivered, or given up on. */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
