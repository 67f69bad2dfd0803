package nl.onakoers.app;

import java.util.ArrayList;
import java.util.List;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.ChoiceOption;
import nl.onakoers.ona.content.FieldType;

/**
 * A participant's answer to one field as read-only lines for the coach: choices by their label,
 * each list entry on its own line as "label: answer · label: answer". Plain text; templates escape
 * it.
 */
final class AnswerText {

  private AnswerText() {}

  static List<String> lines(CardField field, Answers answers, String lang) {
    if (field.type() == FieldType.LIST) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < answers.entryCount(field.id()); i++) {
        List<String> parts = new ArrayList<>();
        for (CardField entry : field.entryFields()) {
          String key = Answers.entryKey(field.id(), i, entry.id());
          String value = String.join(", ", values(entry, answers.all(key), lang));
          if (!value.isBlank()) {
            parts.add(entry.label().in(lang) + ": " + value);
          }
        }
        if (!parts.isEmpty()) {
          lines.add(String.join(" · ", parts));
        }
      }
      return lines;
    }
    return values(field, answers.all(field.id()), lang).stream().filter(v -> !v.isBlank()).toList();
  }

  private static List<String> values(CardField field, List<String> raw, String lang) {
    if (field.options().isEmpty()) {
      return raw;
    }
    return raw.stream()
        .map(
            v ->
                field.options().stream()
                    .filter(o -> o.id().equals(v))
                    .map(ChoiceOption::label)
                    .map(l -> l.in(lang))
                    .findFirst()
                    .orElse(v))
        .toList();
  }
}
