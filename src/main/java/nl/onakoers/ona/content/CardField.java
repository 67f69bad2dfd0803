package nl.onakoers.ona.content;

import java.util.List;

/**
 * One question on a result card.
 *
 * @param id unique within the card (or within its list entry), lower case
 * @param type what kind of answer it takes
 * @param label the question
 * @param help how to answer, in one or two short sentences
 * @param example an example answer, or {@code null} for fields inside a list entry
 * @param required whether the card cannot be submitted without it
 * @param maxLength the longest text answer accepted, in characters
 * @param options the answers a choice field offers; empty for other types
 * @param entryFields the fields of one entry of a list; empty for other types
 * @param minEntries the fewest entries a required list needs
 * @param maxEntries the most entries a list may hold
 */
public record CardField(
    String id,
    FieldType type,
    Text label,
    Text help,
    Text example,
    boolean required,
    int maxLength,
    List<ChoiceOption> options,
    List<CardField> entryFields,
    int minEntries,
    int maxEntries) {

  public CardField {
    options = List.copyOf(options);
    entryFields = List.copyOf(entryFields);
  }
}
