package nl.onakoers.demo;

import java.time.Instant;

/**
 * A grade column of the sandbox gradebook (AGS line item).
 *
 * @param id the sandbox's id; the line item URL ends with it
 * @param contextId the course
 * @param label the column's name
 * @param scoreMaximum the highest score, greater than zero
 * @param resourceId the tool's id of what is graded, may be null
 * @param resourceLinkId the link it belongs to, may be null
 * @param tag the tool's kind of column, may be null
 * @param createdAt when it was made
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS §3.2</a>
 */
public record DemoLineItem(
    String id,
    String contextId,
    String label,
    double scoreMaximum,
    String resourceId,
    String resourceLinkId,
    String tag,
    Instant createdAt) {}
