package nl.onakoers.lti.ags;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A gradebook column as the platform describes it. Moodle reports {@code ""} for an absent {@code
 * resourceId} or {@code tag}; both read as {@code null} here.
 *
 * @param id the line item URL, query string included
 * @param label the column title
 * @param scoreMaximum the column maximum
 * @param resourceId the tool's id for what is graded (a card id), or {@code null}
 * @param tag the tool's tag, or {@code null}
 * @param resourceLinkId the resource link the column belongs to, or {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS §3.2</a>
 */
public record LineItem(
    URI id,
    String label,
    Double scoreMaximum,
    String resourceId,
    String tag,
    String resourceLinkId) {

  public LineItem {
    Objects.requireNonNull(id, "id");
  }

  static LineItem fromJson(Map<String, Object> json) {
    Object id = json.get("id");
    if (!(id instanceof String url) || url.isBlank()) {
      throw new IllegalArgumentException("line item without id");
    }
    return new LineItem(
        URI.create(url),
        text(json.get("label")),
        json.get("scoreMaximum") instanceof Number n ? n.doubleValue() : null,
        text(json.get("resourceId")),
        text(json.get("tag")),
        text(json.get("resourceLinkId")));
  }

  private static String text(Object value) {
    return value == null || value.toString().isEmpty() ? null : value.toString();
  }
}
