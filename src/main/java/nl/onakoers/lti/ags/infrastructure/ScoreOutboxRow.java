package nl.onakoers.lti.ags.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import nl.onakoers.lti.ags.ActivityProgress;
import nl.onakoers.lti.ags.GradingProgress;
import nl.onakoers.lti.ags.LineItemRequest;
import nl.onakoers.lti.ags.LineItemTarget;
import nl.onakoers.lti.ags.OutboxScore;
import nl.onakoers.lti.ags.OutboxStatus;
import nl.onakoers.lti.ags.Score;

/** A row of {@code score_outbox}. */
@Entity
@Table(name = "score_outbox")
public class ScoreOutboxRow {

  static final String PENDING = "pending";
  static final String SENT = "sent";
  static final String FAILED = "failed";

  @Id
  @Column(name = "id")
  private long id;

  @Column(name = "registration_id", nullable = false)
  private String registrationId;

  /** {@code null} while the row's target is not resolved. */
  @Column(name = "line_item_url")
  private String lineItemUrl;

  @Column(name = "target_key")
  private String targetKey;

  @Column(name = "line_items_url")
  private String lineItemsUrl;

  @Column(name = "resource_link_id")
  private String resourceLinkId;

  @Column(name = "card_id")
  private String cardId;

  @Column(name = "line_item_tag")
  private String lineItemTag;

  @Column(name = "line_item_label")
  private String lineItemLabel;

  @Column(name = "line_item_maximum")
  private Double lineItemMaximum;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "activity_progress", nullable = false)
  private String activityProgress;

  @Column(name = "grading_progress", nullable = false)
  private String gradingProgress;

  @Column(name = "score_given")
  private Double scoreGiven;

  @Column(name = "score_maximum")
  private Double scoreMaximum;

  @Column(name = "score_comment")
  private String comment;

  @Column(name = "score_timestamp", nullable = false)
  private OffsetDateTime scoreTimestamp;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** The participant's card the score belongs to, or {@code null}. */
  @Column(name = "card_row_id")
  String cardRowId;

  protected ScoreOutboxRow() {}

  static ScoreOutboxRow pending(
      long id,
      String registrationId,
      URI lineItem,
      LineItemTarget target,
      Score score,
      Instant now) {
    ScoreOutboxRow row = new ScoreOutboxRow();
    row.id = id;
    row.registrationId = registrationId;
    row.lineItemUrl = lineItem == null ? null : lineItem.toString();
    if (target != null) {
      row.target(registrationId, target);
    }
    row.userId = score.userId();
    row.activityProgress = score.activityProgress().specName();
    row.gradingProgress = score.gradingProgress().specName();
    row.scoreGiven = score.scoreGiven();
    row.scoreMaximum = score.scoreMaximum();
    row.comment = score.comment();
    row.scoreTimestamp = utc(score.timestamp());
    row.attempts = 0;
    row.nextAttemptAt = utc(now);
    row.status = PENDING;
    row.createdAt = utc(now);
    return row;
  }

  private void target(String registrationId, LineItemTarget target) {
    LineItemRequest wanted = target.wanted();
    targetKey = target.key(registrationId);
    lineItemsUrl = target.lineItems().toString();
    resourceLinkId = wanted.resourceLinkId();
    cardId = wanted.resourceId();
    lineItemTag = wanted.tag();
    lineItemLabel = wanted.label();
    lineItemMaximum = wanted.scoreMaximum();
  }

  private LineItemTarget target() {
    if (targetKey == null) {
      return null;
    }
    return new LineItemTarget(
        URI.create(lineItemsUrl),
        new LineItemRequest(resourceLinkId, cardId, lineItemTag, lineItemLabel, lineItemMaximum));
  }

  OutboxScore toDomain() {
    Score score =
        new Score(
            userId,
            scoreTimestamp.toInstant(),
            ActivityProgress.fromSpecName(activityProgress),
            GradingProgress.fromSpecName(gradingProgress),
            scoreGiven,
            scoreMaximum,
            comment);
    return new OutboxScore(
        id,
        registrationId,
        lineItemUrl == null ? null : URI.create(lineItemUrl),
        target(),
        score,
        attempts,
        nextAttemptAt.toInstant(),
        OutboxStatus.valueOf(status.toUpperCase(Locale.ROOT)),
        lastError,
        createdAt.toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
