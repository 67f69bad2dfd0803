package nl.onakoers.ona.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A coach's review of one card, as kept in the card's history.
 *
 * @param id the review's own id
 * @param cardRowId the participant's card ({@code participant_card.id})
 * @param cardVersion the card version it judged
 * @param reviewerId the coach's {@code sub}
 * @param decision returned or approved
 * @param levels the level per criterion id
 * @param checks per global check, in the rubric's order, whether it held
 * @param overall feedback on the whole card
 * @param fieldFeedback feedback per card field id
 * @param scoreGiven sum of the levels
 * @param scoreMaximum 3 per criterion
 * @param reviewedAt when it was saved
 */
public record Review(
    String id,
    String cardRowId,
    long cardVersion,
    String reviewerId,
    ReviewDecision decision,
    Map<String, Integer> levels,
    List<Boolean> checks,
    String overall,
    Map<String, String> fieldFeedback,
    int scoreGiven,
    int scoreMaximum,
    Instant reviewedAt) {

  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cardRowId, "cardRowId");
    Objects.requireNonNull(decision, "decision");
    levels = Map.copyOf(levels);
    checks = List.copyOf(checks);
    overall = overall == null ? "" : overall;
    fieldFeedback = Map.copyOf(fieldFeedback);
  }

  /** The feedback on one card field, or the empty string. */
  public String feedbackOn(String fieldId) {
    return fieldFeedback.getOrDefault(fieldId, "");
  }

  public Integer level(String criterionId) {
    return levels.get(criterionId);
  }
}
