package nl.onakoers.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;

/**
 * Delivers scores to platforms reliably: a score is first written to the outbox, then {@link
 * #deliverDue} sends what is due.
 *
 * <ul>
 *   <li>Each row is claimed by a conditional update that holds it for {@link #LEASE}; two nodes
 *       never send the same row, and a row whose node died comes due again when the lease ends.
 *   <li>Per (line item, user) rows go strictly in order, and each timestamp sent is in a later
 *       whole second than the one before (Moodle refuses a score in the same second with a 409): a
 *       score whose second is not later is moved to the second after the last one sent.
 *   <li>Accepted: sent. Refused (400, 422, other 4xx): failed with the reason. 5xx, 408, 429, no
 *       answer: again after {@link #FIRST_BACKOFF} doubled per attempt up to {@link #MAX_BACKOFF},
 *       plus up to {@link #JITTER} of it, and at least the platform's {@code Retry-After}; failed
 *       after {@link #MAX_ATTEMPTS}.
 *   <li>409: failed, unless an earlier attempt got no answer (timeout, crash): that attempt landed,
 *       so the row counts as sent.
 *   <li>A row queued against a {@link LineItemTarget} gets its line item from {@link
 *       OutboxLineItems} first; a failure to find or create it counts like a failed post.
 * </ul>
 *
 * <p>Thread safe; several nodes may run {@link #deliverDue} at once.
 */
@ApplicationScoped
public class ScoreOutbox implements ScoreQueue {

  static final int BATCH = 50;
  static final int MAX_ROUNDS = 20;
  static final int MAX_ATTEMPTS = 10;
  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  static final Duration MAX_BACKOFF = Duration.ofHours(1);
  static final double JITTER = 0.2;

  private static final Logger LOG = Logger.getLogger(ScoreOutbox.class.getName());

  private final ScoreOutboxRepository outbox;
  private final RegistrationRepository registrations;
  private final ScoreSender sender;
  private final OutboxLineItems targets;
  private final Clock clock;
  private final DoubleSupplier random;

  /** For the CDI proxy only. */
  protected ScoreOutbox() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public ScoreOutbox(
      ScoreOutboxRepository outbox,
      RegistrationRepository registrations,
      ScoreSender sender,
      OutboxLineItems targets,
      Clock clock) {
    this(
        outbox,
        registrations,
        sender,
        targets,
        clock,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** An outbox for rows with known line items only; a row with a target fails. */
  public ScoreOutbox(
      ScoreOutboxRepository outbox,
      RegistrationRepository registrations,
      ScoreSender sender,
      Clock clock) {
    this(
        outbox, registrations, sender, null, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  ScoreOutbox(
      ScoreOutboxRepository outbox,
      RegistrationRepository registrations,
      ScoreSender sender,
      OutboxLineItems targets,
      Clock clock,
      DoubleSupplier random) {
    this.outbox = outbox;
    this.registrations = registrations;
    this.sender = sender;
    this.targets = targets;
    this.clock = clock;
    this.random = random;
  }

  /** Puts a score in the outbox, due at once; returns its outbox id. */
  @Override
  public long enqueue(String registrationId, URI lineItem, Score score) {
    long id = outbox.add(registrationId, lineItem, score, clock.instant());
    LOG.log(
        Level.INFO,
        "Queued score {0}/{1} on {2} (outbox {3})",
        new Object[] {
          score.activityProgress().specName(), score.gradingProgress().specName(), lineItem, id
        });
    return id;
  }

  @Override
  public long enqueue(String registrationId, URI lineItem, Score score, String cardRowId) {
    long id = outbox.add(registrationId, lineItem, score, clock.instant(), cardRowId);
    LOG.log(
        Level.INFO,
        "Queued score {0}/{1} of card {2} on {3} (outbox {4})",
        new Object[] {
          score.activityProgress().specName(),
          score.gradingProgress().specName(),
          cardRowId,
          lineItem,
          id
        });
    return id;
  }

  @Override
  public long enqueue(String registrationId, LineItemTarget target, Score score, String cardRowId) {
    long id = outbox.add(registrationId, null, target, score, clock.instant(), cardRowId);
    LOG.log(
        Level.INFO,
        "Queued score {0}/{1} of card {2} for the line item of {3} under resource link {4}"
            + " (outbox {5})",
        new Object[] {
          score.activityProgress().specName(),
          score.gradingProgress().specName(),
          cardRowId,
          target.wanted().resourceId(),
          target.wanted().resourceLinkId(),
          id
        });
    return id;
  }

  @Override
  public Optional<Long> enqueueOnUnresolvedTarget(Score score, String cardRowId) {
    Optional<OutboxScore> latest = outbox.latestForCard(cardRowId);
    if (latest.isEmpty() || latest.get().lineItem() != null) {
      return Optional.empty();
    }
    return Optional.of(
        enqueue(latest.get().registrationId(), latest.get().target(), score, cardRowId));
  }

  /** The newest score of a participant's card and where it is, if one was queued. */
  public Optional<OutboxScore> latestForCard(String cardRowId) {
    return outbox.latestForCard(cardRowId);
  }

  /**
   * Queues the card's newest score once more, with a fresh timestamp, when its delivery failed; a
   * failed score that a newer one replaced is never sent again.
   *
   * @return the new outbox id, or empty when the newest score of the card did not fail
   */
  public Optional<Long> retryFailed(String cardRowId) {
    Optional<OutboxScore> latest = outbox.latestForCard(cardRowId);
    if (latest.isEmpty() || latest.get().status() != OutboxStatus.FAILED) {
      return Optional.empty();
    }
    OutboxScore failed = latest.get();
    Score again = failed.score().at(clock.instant());
    long id =
        outbox.add(
            failed.registrationId(),
            failed.lineItem(),
            failed.target(),
            again,
            clock.instant(),
            cardRowId);
    LOG.log(
        Level.INFO,
        "Queued failed score {0} of card {1} again (outbox {2})",
        new Object[] {failed.id(), cardRowId, id});
    return Optional.of(id);
  }

  /** Sends every score due at {@code now}, in order per line item and user. */
  public OutboxDelivery deliverDue(Instant now) {
    OutboxDelivery total = OutboxDelivery.NONE;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      OutboxDelivery done = OutboxDelivery.NONE;
      for (OutboxScore row : outbox.due(now, BATCH)) {
        if (outbox.claim(row.id(), row.attempts(), now, now.plus(LEASE))) {
          done = done.plus(deliver(row, now));
        }
      }
      if (done.equals(OutboxDelivery.NONE)) {
        break;
      }
      total = total.plus(done);
    }
    return total;
  }

  private OutboxDelivery deliver(OutboxScore row, Instant now) {
    Optional<Registration> registration = registrations.find(row.registrationId());
    if (registration.isEmpty()) {
      outbox.markFailed(row.id(), "registration " + row.registrationId() + " no longer exists");
      return new OutboxDelivery(0, 0, 1);
    }

    OutboxScore target = row;
    if (row.lineItem() == null) {
      OutboxLineItems.Resolution resolution = resolve(registration.get(), row);
      if (resolution.failure() != null) {
        return record(row, row.score(), resolution.failure(), now);
      }
      target = row.resolvedTo(resolution.lineItem());
    }

    Score score = inLaterSecond(target);
    ScoreOutcome outcome = send(registration.get(), target, score);
    return record(target, score, outcome, now);
  }

  private OutboxLineItems.Resolution resolve(Registration registration, OutboxScore row) {
    if (targets == null) {
      return OutboxLineItems.Resolution.failed(
          new ScoreOutcome(ScoreOutcome.Kind.REJECTED, 0, "line item: no resolver", null));
    }
    try {
      return targets.resolve(registration, row);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Resolving the line item of outbox score " + row.id() + " failed", e);
      return OutboxLineItems.Resolution.failed(
          new ScoreOutcome(
              ScoreOutcome.Kind.RETRY,
              0,
              "line item: unexpected " + e.getClass().getSimpleName(),
              null));
    }
  }

  private ScoreOutcome send(Registration registration, OutboxScore row, Score score) {
    try {
      return sender.send(registration, row.lineItem(), score);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending outbox score " + row.id() + " failed unexpectedly", e);
      return new ScoreOutcome(
          ScoreOutcome.Kind.RETRY, 0, "unexpected " + e.getClass().getSimpleName(), null);
    }
  }

  private OutboxDelivery record(OutboxScore row, Score sent, ScoreOutcome outcome, Instant now) {
    int attempt = row.attempts() + 1;
    switch (outcome.kind()) {
      case ACCEPTED -> outbox.markSent(row.id(), sent.timestamp(), null);
      case CONFLICT -> {
        if (!earlierAttemptMayHaveLanded(row)) {
          outbox.markFailed(row.id(), outcome.reason());
          return new OutboxDelivery(0, 0, 1);
        }
        outbox.markSent(row.id(), sent.timestamp(), "409 after an unanswered attempt");
      }
      case REJECTED -> {
        outbox.markFailed(row.id(), outcome.reason());
        return new OutboxDelivery(0, 0, 1);
      }
      case RETRY -> {
        if (attempt >= MAX_ATTEMPTS) {
          outbox.markFailed(
              row.id(), "gave up after " + attempt + " attempts: " + outcome.reason());
          return new OutboxDelivery(0, 0, 1);
        }
        outbox.reschedule(
            row.id(), now.plus(delay(attempt, outcome.retryAfter())), outcome.reason());
        return new OutboxDelivery(0, 1, 0);
      }
    }
    return new OutboxDelivery(1, 0, 0);
  }

  /**
   * A previous attempt that got no answer (unreachable, or its node stopped: a claim clears the
   * error, so the row has none) may have landed. The row is the one read before this claim.
   */
  private static boolean earlierAttemptMayHaveLanded(OutboxScore row) {
    return row.attempts() > 0
        && (row.lastError() == null || row.lastError().startsWith(ScoreSender.UNREACHABLE));
  }

  /**
   * The score, moved to the second after the last one sent for its line item and user if needed.
   */
  private Score inLaterSecond(OutboxScore row) {
    Score score = row.score();
    Optional<Instant> last = outbox.lastSentTimestamp(row.lineItem(), score.userId());
    if (last.isEmpty() || score.timestamp().getEpochSecond() > last.get().getEpochSecond()) {
      return score;
    }
    Instant bumped = Instant.ofEpochSecond(last.get().getEpochSecond() + 1, 0);
    return score.at(bumped.plusMillis(score.timestamp().toEpochMilli() % 1000));
  }

  /** Exponential backoff with jitter, at least the platform's {@code Retry-After}. */
  Duration delay(int attempt, Duration retryAfter) {
    long factor = 1L << Math.min(attempt - 1, 20);
    Duration base = FIRST_BACKOFF.multipliedBy(factor);
    if (base.compareTo(MAX_BACKOFF) > 0) {
      base = MAX_BACKOFF;
    }
    Duration jittered = base.plusMillis((long) (base.toMillis() * JITTER * random.getAsDouble()));
    return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
  }
}
