package nl.onakoers.app;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.web.ErrorPage.TypedText;

/**
 * The texts of a posted card form that the tool could not keep (the session had run out), with the
 * labels of their fields, so the expired-session page can show them back for copying. Only what the
 * same browser just sent is shown; nothing is read from the database.
 */
final class TypedAnswers {

  /** Enough for every field of the longest card; more is not a card form. */
  private static final int MAX_TEXTS = 60;

  private TypedAnswers() {}

  static List<TypedText> of(ResultCard card, MultivaluedMap<String, String> form, String language) {
    List<TypedText> typed = new ArrayList<>();
    for (CardField field : card.fields()) {
      if (field.entryFields().isEmpty()) {
        add(typed, field.label().in(language), field, form.get("f." + field.id()));
        continue;
      }
      int entries = Math.min(number(form.getFirst("n." + field.id())), field.maxEntries());
      for (int i = 0; i < entries; i++) {
        for (CardField entry : field.entryFields()) {
          String label =
              field.label().in(language) + " " + (i + 1) + ": " + entry.label().in(language);
          add(typed, label, entry, form.get("f." + field.id() + "." + i + "." + entry.id()));
        }
      }
    }
    return typed.size() > MAX_TEXTS ? typed.subList(0, MAX_TEXTS) : typed;
  }

  /** Cut like {@link CardForm} cuts a saved answer: the page must not echo a flood back. */
  private static void add(
      List<TypedText> typed, String label, CardField field, List<String> values) {
    if (values == null) {
      return;
    }
    List<String> kept =
        values.stream()
            .limit(CardForm.MAX_VALUES)
            .filter(v -> v != null && !v.isBlank())
            .map(v -> v.length() > field.maxLength() ? v.substring(0, field.maxLength()) : v)
            .toList();
    String text = String.join("\n", kept);
    if (!text.isBlank()) {
      typed.add(new TypedText(label, text));
    }
  }

  private static int number(String text) {
    try {
      return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
