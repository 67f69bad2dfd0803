package nl.onakoers.lti.deeplink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.onakoers.lti.launch.LtiClaims;

/**
 * One {@code ltiResourceLink} content item of a deep-linking response. Its {@code url} is always
 * the tool's launch URL; what the link opens is said by {@link #custom()} ({@code module} or {@code
 * card}).
 *
 * @param title the link's title in the course, not blank
 * @param text a short description, may be blank (then left out)
 * @param custom custom parameters, e.g. {@code card=RK3}
 * @param lineItem the grade column the platform should create, when the link is graded
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#lti-resource-link">Deep Linking 2.0
 *     §3.4.2</a>
 */
public record ContentItem(
    String title, String text, Map<String, String> custom, Optional<LineItem> lineItem) {

  public ContentItem {
    Objects.requireNonNull(title, "title");
    text = text == null ? "" : text;
    custom = Map.copyOf(custom);
    Objects.requireNonNull(lineItem, "lineItem");
  }

  /** The item as a JSON object, in the order the captured Moodle exchange shows. */
  Map<String, Object> toJson(String launchUrl) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", LtiClaims.CONTENT_ITEM_RESOURCE_LINK);
    json.put("url", launchUrl);
    json.put("title", title);
    if (!text.isBlank()) {
      json.put("text", text);
    }
    if (!custom.isEmpty()) {
      json.put("custom", new LinkedHashMap<>(custom));
    }
    lineItem.ifPresent(item -> json.put("lineItem", item.toJson()));
    return json;
  }

  /**
   * The line item (grade column) a platform creates for a graded link.
   *
   * @param scoreMaximum the highest score, greater than zero
   * @param label the column's name, not blank
   * @param resourceId the tool's id of what is graded (a card id)
   * @param tag the tool's kind of column
   * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#lti-resource-link">Deep Linking 2.0
   *     §3.4.2, {@code lineItem}</a>
   */
  public record LineItem(int scoreMaximum, String label, String resourceId, String tag) {

    public LineItem {
      if (scoreMaximum <= 0) {
        throw new IllegalArgumentException("scoreMaximum must be greater than zero");
      }
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(tag, "tag");
    }

    Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("scoreMaximum", scoreMaximum);
      json.put("label", label);
      json.put("resourceId", resourceId);
      json.put("tag", tag);
      return json;
    }
  }
}
