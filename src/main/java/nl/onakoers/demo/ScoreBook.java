package nl.onakoers.demo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sandbox gradebook's score service: checks a posted score as Moodle and Canvas do and keeps
 * it. In order:
 *
 * <ol>
 *   <li>{@code Content-Type} is exactly {@value #MEDIA_TYPE} (else 415);
 *   <li>{@code userId}, {@code timestamp}, {@code activityProgress} and {@code gradingProgress} are
 *       present and valid (else 400);
 *   <li>the user is a participant of the line item's course (else 422, as Canvas);
 *   <li>{@code scoreGiven} comes with {@code scoreMaximum} (else 422, as Canvas);
 *   <li>the timestamp is later than the user's last score in the column (else 409, as Moodle).
 * </ol>
 *
 * <p>Thread safe as far as its store is; two scores of one user at the same moment may both pass
 * step 5.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#score-publish-service">AGS §3.4</a>
 */
public final class ScoreBook {

  public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

  static final Set<String> ACTIVITY_PROGRESS =
      Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
  static final Set<String> GRADING_PROGRESS =
      Set.of("NotReady", "Failed", "Pending", "PendingManual", "FullyGraded");

  private final DemoStore store;

  public ScoreBook(DemoStore store) {
    this.store = store;
  }

  /**
   * Checks and stores a score.
   *
   * @param contentType the request's Content-Type header, may be null
   * @param json the parsed body, not null
   * @throws ServiceRejection when the score is refused; nothing is stored then
   */
  public DemoScore accept(
      DemoLineItem item, String contentType, Map<String, Object> json, Instant now) {
    if (!MEDIA_TYPE.equals(contentType)) {
      throw new ServiceRejection(415, "invalid_request", "Content-Type must be " + MEDIA_TYPE);
    }
    String userId = text(json, "userId");
    Instant timestamp = timestamp(json);
    String activity = oneOf(json, "activityProgress", ACTIVITY_PROGRESS);
    String grading = oneOf(json, "gradingProgress", GRADING_PROGRESS);
    if (!DemoCourse.isParticipant(userId)) {
      throw new ServiceRejection(422, "invalid_request", "user is not a participant");
    }
    Double given = number(json, "scoreGiven");
    Double maximum = number(json, "scoreMaximum");
    if (given != null && maximum == null) {
      throw new ServiceRejection(422, "invalid_request", "scoreGiven needs scoreMaximum");
    }
    store
        .latestScore(item.id(), userId)
        .filter(last -> !timestamp.isAfter(last.timestamp()))
        .ifPresent(
            last -> {
              throw new ServiceRejection(
                  409, "invalid_request", "timestamp is not later than the last score");
            });

    DemoScore score =
        new DemoScore(
            UUID.randomUUID().toString(),
            item.id(),
            userId,
            given,
            maximum,
            activity,
            grading,
            optionalText(json, "comment"),
            timestamp,
            now);
    store.addScore(score);
    return score;
  }

  private static String text(Map<String, Object> json, String name) {
    if (json.get(name) instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new ServiceRejection(400, "invalid_request", name + " is required");
  }

  private static String optionalText(Map<String, Object> json, String name) {
    return json.get(name) instanceof String s && !s.isBlank() ? s : null;
  }

  private static String oneOf(Map<String, Object> json, String name, Set<String> allowed) {
    String value = text(json, name);
    if (!allowed.contains(value)) {
      throw new ServiceRejection(400, "invalid_request", name + " is not a known value");
    }
    return value;
  }

  private static Instant timestamp(Map<String, Object> json) {
    try {
      return java.time.OffsetDateTime.parse(text(json, "timestamp")).toInstant();
    } catch (DateTimeParseException e) {
      throw new ServiceRejection(400, "invalid_request", "timestamp is not ISO 8601");
    }
  }

  private static Double number(Map<String, Object> json, String name) {
    Object value = json.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0) {
      return n.doubleValue();
    }
    throw new ServiceRejection(400, "invalid_request", name + " must be a number >= 0");
  }
}
