package nl.onakoers.ona.review.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onakoers.ona.review.Review;
import nl.onakoers.ona.review.ReviewDecision;

/**
 * A row of {@code card_review}. Levels are stored as {@code A=2;B=3}, checks as {@code 1;0}, field
 * feedback as a JSON object of strings.
 */
@Entity
@Table(name = "card_review")
public class CardReviewRow {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "card_row_id", nullable = false)
  String cardRowId;

  @Column(name = "card_version", nullable = false)
  long cardVersion;

  @Column(name = "reviewer_id", nullable = false)
  String reviewerId;

  @Column(name = "decision", nullable = false)
  String decision;

  @Column(name = "levels", nullable = false)
  String levels;

  @Column(name = "checks", nullable = false)
  String checks;

  @Column(name = "score_given", nullable = false)
  double scoreGiven;

  @Column(name = "score_maximum", nullable = false)
  double scoreMaximum;

  @Column(name = "overall_feedback", nullable = false)
  String overall;

  @Column(name = "field_feedback_json", nullable = false)
  String fieldFeedbackJson;

  @Column(name = "reviewed_at", nullable = false)
  OffsetDateTime reviewedAt;

  protected CardReviewRow() {}

  static CardReviewRow of(Review review) {
    CardReviewRow row = new CardReviewRow();
    row.id = review.id();
    row.cardRowId = review.cardRowId();
    row.cardVersion = review.cardVersion();
    row.reviewerId = review.reviewerId();
    row.decision = review.decision().kind();
    row.levels =
        review.levels().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
    row.checks = review.checks().stream().map(c -> c ? "1" : "0").collect(Collectors.joining(";"));
    row.scoreGiven = review.scoreGiven();
    row.scoreMaximum = review.scoreMaximum();
    row.overall = review.overall();
    row.fieldFeedbackJson =
        JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(review.fieldFeedback()));
    row.reviewedAt = review.reviewedAt().atOffset(ZoneOffset.UTC);
    return row;
  }

  Review toDomain() {
    return new Review(
        id,
        cardRowId,
        cardVersion,
        reviewerId,
        ReviewDecision.ofKind(decision).orElseThrow(),
        levels(levels),
        checks(checks),
        overall,
        fieldFeedback(fieldFeedbackJson),
        (int) Math.round(scoreGiven),
        (int) Math.round(scoreMaximum),
        reviewedAt.toInstant());
  }

  private static Map<String, Integer> levels(String text) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        levels.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
      }
    }
    return levels;
  }

  private static List<Boolean> checks(String text) {
    List<Boolean> checks = new ArrayList<>();
    for (String c : text.split(";")) {
      if (!c.isEmpty()) {
        checks.add("1".equals(c));
      }
    }
    return checks;
  }

  private static Map<String, String> fieldFeedback(String json) {
    try {
      Map<String, String> feedback = new LinkedHashMap<>();
      JSONObjectUtils.parse(json).forEach((k, v) -> feedback.put(k, String.valueOf(v)));
      return feedback;
    } catch (ParseException e) {
      throw new IllegalStateException("Stored review holds invalid JSON", e);
    }
  }
}
