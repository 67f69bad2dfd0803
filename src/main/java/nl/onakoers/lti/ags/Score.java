package nl.onakoers.lti.ags;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One score for one user on one line item.
 *
 * @param userId the platform's {@code sub} of the learner
 * @param timestamp when the score was made; platforms refuse one not newer than the last (Moodle
 *     compares whole seconds)
 * @param activityProgress the learner's progress
 * @param gradingProgress the grading's progress
 * @param scoreGiven the score, or {@code null}; Moodle ignores it unless fully graded
 * @param scoreMaximum the maximum, required with {@code scoreGiven}, else {@code null}
 * @param comment feedback for the learner, or {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#score-publish-service">AGS §3.4</a>
 */
public record Score(
    String userId,
    Instant timestamp,
    ActivityProgress activityProgress,
    GradingProgress gradingProgress,
    Double scoreGiven,
    Double scoreMaximum,
    String comment) {

  /** Millisecond precision and a {@code Z}: {@code 2026-12-03T15:33:05.643Z}. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  public Score {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(activityProgress, "activityProgress");
    Objects.requireNonNull(gradingProgress, "gradingProgress");
    if (scoreGiven != null && scoreMaximum == null) {
      throw new IllegalArgumentException("scoreGiven needs a scoreMaximum");
    }
    if (scoreMaximum != null && !(scoreMaximum > 0)) {
      throw new IllegalArgumentException("scoreMaximum must be positive");
    }
    if (scoreGiven != null && scoreGiven < 0) {
      throw new IllegalArgumentException("scoreGiven must not be negative");
    }
  }

  /** The same score at another moment. */
  public Score at(Instant newTimestamp) {
    return new Score(
        userId, newTimestamp, activityProgress, gradingProgress, scoreGiven, scoreMaximum, comment);
  }

  /** The {@code application/vnd.ims.lis.v1.score+json} body. */
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", userId);
    if (scoreGiven != null) {
      json.put("scoreGiven", JsonNumbers.of(scoreGiven));
    }
    if (scoreMaximum != null) {
      json.put("scoreMaximum", JsonNumbers.of(scoreMaximum));
    }
    json.put("activityProgress", activityProgress.specName());
    json.put("gradingProgress", gradingProgress.specName());
    json.put("timestamp", TIMESTAMP.format(timestamp));
    if (comment != null) {
      json.put("comment", comment);
    }
    return JSONObjectUtils.toJSONString(json);
  }
}
