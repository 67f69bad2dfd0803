package nl.onakoers.demo;

import java.time.Instant;
import java.util.Map;

/**
 * A link in the sandbox course that launches the tool.
 *
 * @param id the {@code resource_link} id the tool sees
 * @param contextId the course
 * @param title shown on the course page and sent as the resource link's title
 * @param custom custom parameters sent with every launch, e.g. {@code card=RK3}
 * @param lineItemId the grade column of a graded link, or {@code null}
 * @param position the order on the course page
 * @param createdAt when it was added
 */
public record DemoLink(
    String id,
    String contextId,
    String title,
    Map<String, String> custom,
    String lineItemId,
    int position,
    Instant createdAt) {

  public DemoLink {
    custom = Map.copyOf(custom);
  }

  public boolean graded() {
    return lineItemId != null;
  }
}
