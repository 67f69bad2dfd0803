package nl.onakoers.demo.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.onakoers.demo.DemoScore;

/** A row of {@code demo_score}. */
@Entity
@Table(name = "demo_score")
public class DemoScoreRow {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "line_item_id", nullable = false)
  private String lineItemId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "score_given")
  private Double scoreGiven;

  @Column(name = "score_maximum")
  private Double scoreMaximum;

  @Column(name = "activity_progress", nullable = false)
  private String activityProgress;

  @Column(name = "grading_progress", nullable = false)
  private String gradingProgress;

  @Column(name = "comment_text")
  private String comment;

  @Column(name = "score_timestamp", nullable = false)
  private OffsetDateTime scoreTimestamp;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected DemoScoreRow() {}

  static DemoScoreRow of(DemoScore score) {
    DemoScoreRow row = new DemoScoreRow();
    row.id = score.id();
    row.lineItemId = score.lineItemId();
    row.userId = score.userId();
    row.scoreGiven = score.scoreGiven();
    row.scoreMaximum = score.scoreMaximum();
    row.activityProgress = score.activityProgress();
    row.gradingProgress = score.gradingProgress();
    row.comment = score.comment();
    row.scoreTimestamp = score.timestamp().atOffset(ZoneOffset.UTC);
    row.receivedAt = score.receivedAt().atOffset(ZoneOffset.UTC);
    return row;
  }

  DemoScore toDomain() {
    return new DemoScore(
        id,
        lineItemId,
        userId,
        scoreGiven,
        scoreMaximum,
        activityProgress,
        gradingProgress,
        comment,
        scoreTimestamp.toInstant(),
        receivedAt.toInstant());
  }
}
