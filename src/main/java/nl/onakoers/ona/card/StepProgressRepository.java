package nl.onakoers.ona.card;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Which lesson steps a participant marked done. */
public interface StepProgressRepository {

  Set<String> doneSteps(CardOwner owner, String moduleId);

  /** The number of steps done per module id. */
  Map<String, Integer> doneCounts(CardOwner owner);

  void mark(CardOwner owner, String moduleId, String stepId, boolean done, Instant at);
}
