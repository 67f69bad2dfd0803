package nl.onakoers.app;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.FieldType;
import nl.onakoers.ona.content.ResultCard;

/**
 * Reads a submitted card form into {@link Answers}: only the card's own fields are taken, text is
 * cut at the field's limit, and the add/remove buttons of repeating lists are applied. Field inputs
 * are named {@code f.<key>}, a list's entry count {@code n.<field>}.
 */
final class CardForm {

  private static final int MAX_VALUES = 20;

  private CardForm() {}

  static Answers read(ResultCard card, MultivaluedMap<String, String> form, String action) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (CardField field : card.fields()) {
      if (field.type() == FieldType.LIST) {
        readList(field, form, action, values);
      } else {
        put(values, field.id(), field, form.get("f." + field.id()));
      }
    }
    return new Answers(values);
  }

  private static void readList(
      CardField field,
      MultivaluedMap<String, String> form,
      String action,
      Map<String, List<String>> values) {
    int count = Math.min(number(form.getFirst("n." + field.id())), field.maxEntries());
    int removed = removedIndex(field, action);
    int target = 0;
    for (int i = 0; i < count; i++) {
      if (i == removed) {
        continue;
      }
      for (CardField entry : field.entryFields()) {
        List<String> raw = form.get("f." + Answers.entryKey(field.id(), i, entry.id()));
        put(values, Answers.entryKey(field.id(), target, entry.id()), entry, raw);
      }
      target++;
    }
    if (("add:" + field.id()).equals(action) && target < field.maxEntries()) {
      target++;
    }
    values.put(field.id(), List.of(String.valueOf(target)));
  }

  private static int removedIndex(CardField field, String action) {
    String prefix = "remove:" + field.id() + ":";
    return action != null && action.startsWith(prefix)
        ? number(action.substring(prefix.length()))
        : -1;
  }

  private static void put(
      Map<String, List<String>> values, String key, CardField field, List<String> raw) {
    if (raw == null) {
      return;
    }
    List<String> cleaned = new ArrayList<>();
    for (String value : raw.subList(0, Math.min(raw.size(), MAX_VALUES))) {
      String v = value == null ? "" : value;
      cleaned.add(v.length() > field.maxLength() ? v.substring(0, field.maxLength()) : v);
    }
    values.put(key, cleaned);
  }

  private static int number(String text) {
    try {
      return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
