package nl.onakoers.ona.content;

import java.util.List;
import java.util.Optional;

/**
 * The result card a module ends in (RK1–RK9): the questions and the rubric.
 *
 * @param id RK1 to RK9
 * @param title the card's name
 * @param intro what the card is for, in one or two sentences
 */
public record ResultCard(String id, Text title, Text intro, List<CardField> fields, Rubric rubric) {

  public ResultCard {
    fields = List.copyOf(fields);
  }

  public Optional<CardField> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }
}
