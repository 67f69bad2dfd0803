package nl.onakoers.ona.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers on one card, as a flat map from key to values. A simple field's key is its id; a
 * multi choice holds several values; a list field {@code eisen} holds its entry count under {@code
 * eisen} and entry {@code i}'s field {@code eis} under {@code eisen.i.eis}.
 *
 * <p>Immutable.
 */
public record Answers(Map<String, List<String>> values) {

  public Answers {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = java.util.Collections.unmodifiableMap(copy);
  }

  public static Answers none() {
    return new Answers(Map.of());
  }

  /** The first value of a key, or the empty string. */
  public String value(String key) {
    List<String> list = values.getOrDefault(key, List.of());
    return list.isEmpty() ? "" : list.get(0);
  }

  public List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }

  /** How many entries a list field shows. */
  public int entryCount(String fieldId) {
    try {
      return Math.max(0, Integer.parseInt(value(fieldId)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static String entryKey(String fieldId, int index, String entryFieldId) {
    return fieldId + "." + index + "." + entryFieldId;
  }
}
