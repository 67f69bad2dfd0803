package nl.onakoers.ona.content;

import java.util.List;

/**
 * How a coach judges a card: criteria scored 0-3 and the global checks that must all hold before a
 * card can be marked akkoord.
 */
public record Rubric(List<RubricCriterion> criteria, List<Text> checks) {

  public Rubric {
    criteria = List.copyOf(criteria);
    checks = List.copyOf(checks);
  }

  public int maximumScore() {
    return criteria.size() * (RubricCriterion.LEVELS - 1);
  }
}
