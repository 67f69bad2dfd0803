package nl.onakoers.ona.content;

import java.util.List;
import java.util.Optional;

/**
 * One of the nine ONA modules (M1–M9), as read from its content file.
 *
 * @param id M1 to M9
 * @param contentVersion the version of the content file; a card keeps the version it was written
 *     against
 * @param number 1 to 9, the order on the overview
 */
public record Module(
    String id,
    String contentVersion,
    int number,
    Text title,
    Text purpose,
    List<LessonStep> steps,
    List<Source> sources,
    ResultCard card) {

  public Module {
    steps = List.copyOf(steps);
    sources = List.copyOf(sources);
  }

  public Optional<LessonStep> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }
}
