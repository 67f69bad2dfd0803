package nl.onakoers.app;

import java.util.Optional;
import nl.onakoers.lti.ags.OutboxScore;

/**
 * Whether a card's newest grade reached the LMS, as the coach sees it.
 *
 * @param messageKey {@code coach.grade.none}, {@code .pending}, {@code .sent} or {@code .failed}
 * @param progress the grading progress sent, such as {@code FullyGraded}, or empty
 * @param reason the platform's reason when it failed, or empty
 */
public record GradeDelivery(String messageKey, String progress, String reason) {

  static GradeDelivery of(Optional<OutboxScore> newest) {
    if (newest.isEmpty()) {
      return new GradeDelivery("coach.grade.none", "", "");
    }
    OutboxScore score = newest.get();
    String progress = score.score().gradingProgress().specName();
    return switch (score.status()) {
      case PENDING -> new GradeDelivery("coach.grade.pending", progress, "");
      case SENT -> new GradeDelivery("coach.grade.sent", progress, "");
      case FAILED ->
          new GradeDelivery(
              "coach.grade.failed", progress, score.lastError() == null ? "" : score.lastError());
    };
  }

  /** The state's short name, {@code none}, {@code pending}, {@code sent} or {@code failed}. */
  public String state() {
    return messageKey.substring(messageKey.lastIndexOf('.') + 1);
  }

  /** Only a failed newest grade can be sent again. */
  public boolean retryable() {
    return messageKey.equals("coach.grade.failed");
  }
}
