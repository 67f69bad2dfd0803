package nl.onakoers.lti.launch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lenient reading of one JSON object as parsed by Nimbus: a value of the wrong type reads as
 * absent, never as an exception. Stateless and thread safe.
 */
final class JsonValues {

  private final Map<String, Object> values;

  private JsonValues(Map<String, Object> values) {
    this.values = values;
  }

  static JsonValues of(Map<String, Object> values) {
    return new JsonValues(values == null ? Map.of() : values);
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  /** The string value, or null when absent or not a string. */
  String string(String name) {
    return values.get(name) instanceof String text ? text : null;
  }

  /** The string value when present and not blank, else null. */
  String nonBlank(String name) {
    String text = string(name);
    return text == null || text.isBlank() ? null : text;
  }

  Boolean bool(String name) {
    return values.get(name) instanceof Boolean flag ? flag : null;
  }

  boolean isArray(String name) {
    return values.get(name) instanceof List<?>;
  }

  boolean isObject(String name) {
    return values.get(name) instanceof Map<?, ?>;
  }

  /** The strings of an array value; a single string reads as a one-item list. */
  List<String> strings(String name) {
    Object value = values.get(name);
    if (value instanceof String text) {
      return List.of(text);
    }
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  /** The nested object, or an empty one when absent or not an object. */
  JsonValues object(String name) {
    return values.get(name) instanceof Map<?, ?> map ? new JsonValues(cast(map)) : of(null);
  }

  /** The string members of an object value; other members are left out. */
  Map<String, String> stringMap(String name) {
    Map<String, String> result = new LinkedHashMap<>();
    object(name)
        .values
        .forEach(
            (key, value) -> {
              if (value instanceof String text) {
                result.put(key, text);
              }
            });
    return Collections.unmodifiableMap(result);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
