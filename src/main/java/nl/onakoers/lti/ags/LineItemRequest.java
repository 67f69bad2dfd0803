package nl.onakoers.lti.ags;

import java.util.Objects;

/**
 * The line item the tool wants for one card under one resource link.
 *
 * @param resourceLinkId the launch's resource link id, or {@code null} when there is none
 * @param resourceId the card id, e.g. {@code RK2}
 * @param tag the tool's tag for its columns, e.g. {@code resultaatkaart}
 * @param label the column title shown in the gradebook
 * @param scoreMaximum the card's rubric maximum
 */
public record LineItemRequest(
    String resourceLinkId, String resourceId, String tag, String label, double scoreMaximum) {

  public LineItemRequest {
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(label, "label");
    if (!(scoreMaximum > 0)) {
      throw new IllegalArgumentException("scoreMaximum must be positive");
    }
  }

  /**
   * Whether a platform's line item is this one: same card and tag, and bound to this resource link
   * or to none (created without one when the platform refused the link).
   */
  boolean matches(LineItem item) {
    return resourceId.equals(item.resourceId())
        && tag.equals(item.tag())
        && (item.resourceLinkId() == null || item.resourceLinkId().equals(resourceLinkId));
  }
}
