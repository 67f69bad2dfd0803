package nl.onakoers.app;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.FieldType;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.web.ErrorPage.TypedText;

/**
 * The texts of a posted card form that the tool could not keep (the session had run out), with the
 * labels of their fields, so the expired-session page can show them back for copying. The form is
 * read by {@link CardForm}, as a save would read it, so the page echoes no more than a save would
 * store. Only what the same browser just sent is shown; nothing is read from the database.
 */
final class TypedAnswers {

  private TypedAnswers() {}

  static List<TypedText> of(ResultCard card, MultivaluedMap<String, String> form, String language) {
    Answers answers = CardForm.read(card, form, "save");
    List<TypedText> typed = new ArrayList<>();
    for (CardField field : card.fields()) {
      String label = field.label().in(language);
      if (field.type() != FieldType.LIST) {
        add(typed, label, answers.all(field.id()));
        continue;
      }
      for (int i = 0; i < answers.entryCount(field.id()); i++) {
        for (CardField entry : field.entryFields()) {
          String entryLabel = label + " " + (i + 1) + ": " + entry.label().in(language);
          add(typed, entryLabel, answers.all(Answers.entryKey(field.id(), i, entry.id())));
        }
      }
    }
    return typed;
  }

  private static void add(List<TypedText> typed, String label, List<String> values) {
    String text = String.join("\n", values.stream().filter(v -> !v.isBlank()).toList());
    if (!text.isBlank()) {
      typed.add(new TypedText(label, text));
    }
  }
}
