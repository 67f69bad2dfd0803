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
 * <ul>
 *   <li>With the launch's own {@code lineitem} (deep-linked cards carry one) and the {@code score}
 *       scope: queued for that line item.
 *   <li>Else, with the {@code lineitems} container and the {@code score} and {@code lineitem}
 *       scopes: queued for a {@link LineItemTarget}; the outbox finds or creates the card's line
 *       item under the resource link before it sends, so the submission never waits on the LMS.
 *   <li>Else nothing is queued, and one line is logged.
 * </ul>
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

  /**
   * Queues the "submitted" score of the participant's stored card ({@code participant_card.id}), so
   * that the coach sees the delivery per card; returns false when this launch gives no way to send
   * it.
   *
   * @param column the card's line item as the tool would create it, for the session's resource link
   */
  public boolean queueSubmitted(LaunchSession session, LineItemRequest column, String cardRowId) {
    if (session.coach()) {
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

    Optional<String> lineItem = lineItem(session);
    if (lineItem.isPresent()) {
      queue.enqueue(session.registrationId(), URI.create(lineItem.get()), submitted, cardRowId);
      return true;
    }
    Optional<URI> container = container(session);
    if (container.isPresent()) {
      queue.enqueue(
          session.registrationId(),
          new LineItemTarget(container.get(), column),
          submitted,
          cardRowId);
      return true;
    }

    LOG.log(
        Level.INFO,
        "Card {0} submitted in context {1}: no line item or container with the needed scopes"
            + " in the launch, so the gradebook is not told",
        new Object[] {column.resourceId(), session.contextId()});
    return false;
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

  /**
   * The launch's line items container when the launch has no own line item but may create line
   * items and post scores.
   */
  static Optional<URI> container(LaunchSession session) {
    Map<String, Object> ags = agsClaim(session);
    boolean mayCreateAndScore =
        ags.get("scope") instanceof List<?> scopes
            && scopes.contains(LtiClaims.SCOPE_SCORE)
            && scopes.contains(LtiClaims.SCOPE_LINEITEM);
    if (!mayCreateAndScore || !(ags.get("lineitems") instanceof String url) || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(url));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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
