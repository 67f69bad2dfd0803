package nl.onakoers.lti.ags;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.session.LaunchSession;

/**
 * Tells the gradebook that a participant handed in a card: a {@code Submitted / PendingManual}
 * score without {@code scoreGiven}, queued in the outbox.
 *
 * <p>It needs the launch's own {@code lineitem} (deep-linked cards carry one) and the {@code score}
 * scope. TODO [ags] a launch that only names the {@code lineitems} container is not looked up yet
 * ({@link LineItems} can, but the outbox stores a resolved line item URL); such a submission is
 * logged and not sent.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class SubmissionGrades {

  private static final Logger LOG = Logger.getLogger(SubmissionGrades.class.getName());

  private final ScoreQueue queue;
  private final Clock clock;

  protected SubmissionGrades() {
    this(null, null);
  }

  @Inject
  public SubmissionGrades(ScoreQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  /** Queues the "submitted" score; returns false when this launch gives no way to send it. */
  public boolean queueSubmitted(LaunchSession session, String cardId) {
    return queueSubmitted(session, cardId, null);
  }

  /**
   * Like {@link #queueSubmitted(LaunchSession, String)} for the participant's stored card ({@code
   * participant_card.id}), so that the coach sees the delivery per card.
   */
  public boolean queueSubmitted(LaunchSession session, String cardId, String cardRowId) {
    if (session.coach()) {
      return false;
    }
    String lineItem = lineItem(session).orElse(null);
    if (lineItem == null) {
      LOG.log(
          Level.INFO,
          "Card {0} submitted in context {1}: no line item with score scope in the launch,"
              + " so the gradebook is not told",
          new Object[] {cardId, session.contextId()});
      return false;
    }

    Score submitted =
        new Score(
            session.userId(),
            clock.instant(),
            ActivityProgress.SUBMITTED,
            GradingProgress.PENDING_MANUAL,
            null,
            null,
            null);
    queue.enqueue(session.registrationId(), URI.create(lineItem), submitted, cardRowId);
    return true;
  }

  /**
   * The launch's own line item when the launch may post scores to it: where a participant's card
   * grades go, also when a coach grades it later from another link.
   */
  public static Optional<String> lineItem(LaunchSession session) {
    Map<String, Object> ags = agsClaim(session);
    String lineItem = ags.get("lineitem") instanceof String s && !s.isBlank() ? s : null;
    boolean mayScore =
        ags.get("scope") instanceof List<?> scopes && scopes.contains(LtiClaims.SCOPE_SCORE);
    return mayScore ? Optional.ofNullable(lineItem) : Optional.empty();
  }

  private static Map<String, Object> agsClaim(LaunchSession session) {
    String json = session.serviceClaims().get(LtiClaims.AGS_ENDPOINT);
    if (json == null) {
      return Map.of();
    }
    try {
      return JSONObjectUtils.parse(json);
    } catch (ParseException e) {
      return Map.of();
    }
  }
}
