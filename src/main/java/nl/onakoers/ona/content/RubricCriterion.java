package nl.onakoers.ona.content;

import java.util.List;

/**
 * One criterion of a card's rubric.
 *
 * @param id a capital letter, A, B, C, …
 * @param title what the coach looks at
 * @param levels exactly four descriptors, for levels 0 (nog niet), 1 (op weg), 2 (voldoende) and 3
 *     (sterk)
 */
public record RubricCriterion(String id, Text title, List<Text> levels) {

  public static final int LEVELS = 4;

  public RubricCriterion {
    levels = List.copyOf(levels);
  }
}
