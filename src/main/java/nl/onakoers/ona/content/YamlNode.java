package nl.onakoers.ona.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A value from a parsed content file with its path, so that every problem names the place where it
 * is. Reading never throws: a missing or wrong value adds a problem and yields a placeholder, so
 * one run reports every problem of a file.
 */
final class YamlNode {

  private final String file;
  private final String path;
  private final Object value;
  private final List<ContentProblem> problems;

  YamlNode(String file, String path, Object value, List<ContentProblem> problems) {
    this.file = file;
    this.path = path;
    this.value = value;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  void problem(String message) {
    problems.add(new ContentProblem(file, path, message));
  }

  boolean has(String key) {
    return value instanceof Map<?, ?> map && map.get(key) != null;
  }

  YamlNode get(String key) {
    Object child = value instanceof Map<?, ?> map ? map.get(key) : null;
    return new YamlNode(file, path.isEmpty() ? key : path + "." + key, child, problems);
  }

  /** A required, non-blank string (numbers are accepted and read as text). */
  String string(String key) {
    YamlNode child = get(key);
    if (child.value instanceof String s && !s.isBlank()) {
      return s.strip();
    }
    if (child.value instanceof Number n) {
      return n.toString();
    }
    child.problem(child.value == null ? "is missing" : "must be a non-empty text");
    return "";
  }

  boolean bool(String key, boolean fallback) {
    YamlNode child = get(key);
    if (child.value == null) {
      return fallback;
    }
    if (child.value instanceof Boolean b) {
      return b;
    }
    child.problem("must be true or false");
    return fallback;
  }

  int integer(String key, int fallback) {
    YamlNode child = get(key);
    if (child.value == null) {
      return fallback;
    }
    if (child.value instanceof Integer i) {
      return i;
    }
    child.problem("must be a whole number");
    return fallback;
  }

  /** A required text with non-blank {@code nl} and {@code en}. */
  Text text(String key) {
    YamlNode child = get(key);
    if (!(child.value instanceof Map<?, ?>)) {
      child.problem(child.value == null ? "is missing" : "must have an nl and an en text");
      return new Text("", "");
    }
    return new Text(child.string("nl"), child.string("en"));
  }

  Text optionalText(String key) {
    return has(key) ? text(key) : null;
  }

  /** The value as a mapping, or empty (with a problem) when it is something else. */
  java.util.Optional<Map<?, ?>> map() {
    if (value instanceof Map<?, ?> m) {
      return java.util.Optional.of(m);
    }
    problem("must be a mapping");
    return java.util.Optional.empty();
  }

  /** A list of items read by {@code reader}; a missing list is a problem when required. */
  <T> List<T> list(String key, boolean required, Function<YamlNode, T> reader) {
    YamlNode child = get(key);
    if (child.value == null) {
      if (required) {
        child.problem("is missing");
      }
      return List.of();
    }
    if (!(child.value instanceof List<?> items)) {
      child.problem("must be a list");
      return List.of();
    }
    List<T> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      result.add(
          reader.apply(new YamlNode(file, child.path + "[" + i + "]", items.get(i), problems)));
    }
    return result;
  }
}
