package nl.onakoers.ona.review;

import java.util.List;
import java.util.Map;

/**
 * What a coach filled in on the review page, before any rule is applied.
 *
 * @param cardVersion the card version the coach looked at
 * @param levels the chosen level per criterion id; a criterion without a choice is missing
 * @param checks per global check of the rubric, in its order, whether it holds
 * @param overall feedback on the whole card, may be empty
 * @param fieldFeedback feedback per card field id; empty texts are left out
 */
public record ReviewForm(
    long cardVersion,
    Map<String, Integer> levels,
    List<Boolean> checks,
    String overall,
    Map<String, String> fieldFeedback) {

  public ReviewForm {
    levels = Map.copyOf(levels);
    checks = List.copyOf(checks);
    overall = overall == null ? "" : overall.strip();
    fieldFeedback = Map.copyOf(fieldFeedback);
  }
}
