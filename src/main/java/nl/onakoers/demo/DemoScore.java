package nl.onakoers.demo;

import java.time.Instant;

/**
 * A score the tool posted to a sandbox line item, as received.
 *
 * @param id the sandbox's id
 * @param lineItemId the column
 * @param userId the participant's {@code sub}
 * @param scoreGiven may be null (e.g. while grading is pending)
 * @param scoreMaximum may be null when no score was given
 * @param activityProgress e.g. {@code Submitted}
 * @param gradingProgress e.g. {@code PendingManual}
 * @param comment may be null
 * @param timestamp the tool's timestamp of the score
 * @param receivedAt when the sandbox stored it
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#score-service-media-type-and-schema">
 *     AGS §3.4</a>
 */
public record DemoScore(
    String id,
    String lineItemId,
    String userId,
    Double scoreGiven,
    Double scoreMaximum,
    String activityProgress,
    String gradingProgress,
    String comment,
    Instant timestamp,
    Instant receivedAt) {}
