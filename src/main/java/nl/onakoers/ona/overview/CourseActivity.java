package nl.onakoers.ona.overview;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tool itself knows of one course: the stored cards, when each participant last marked a
 * step, and who has a live launch session (with the name the launch shared, if any).
 *
 * @param cards every stored card of the course
 * @param lastStepAt the latest step marked done, by user id
 * @param launched participants with a live launch session: user id to name (null when not shared)
 */
public record CourseActivity(
    List<CardProgress> cards, Map<String, Instant> lastStepAt, Map<String, String> launched) {

  public CourseActivity {
    cards = List.copyOf(cards);
    lastStepAt = Map.copyOf(lastStepAt);
    Map<String, String> names = new LinkedHashMap<>();
    launched.forEach((user, name) -> names.put(user, name == null || name.isBlank() ? null : name));
    launched = Collections.unmodifiableMap(names);
  }

  public static CourseActivity none() {
    return new CourseActivity(List.of(), Map.of(), Map.of());
  }
}
