package nl.onakoers.lti.registration;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON (two spaces), keeping map
 * order, for files people read. Stateless and thread safe.
 */
final class PrettyJson {

  private PrettyJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.toString();
  }

  private static void write(Object value, int depth, StringBuilder out) {
    switch (value) {
      case Map<?, ?> map -> writeObject(map, depth, out);
      case List<?> list -> writeArray(list, depth, out);
      case String text -> writeString(text, out);
      case Number number -> out.append(number);
      case Boolean flag -> out.append(flag);
      case null -> out.append("null");
      default -> throw new IllegalArgumentException("not JSON: " + value.getClass());
    }
  }

  private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator).append(indent(depth + 1));
      writeString(entry.getKey().toString(), out);
      out.append(": ");
      write(entry.getValue(), depth + 1, out);
      separator = ",\n";
    }
    out.append(map.isEmpty() ? "" : "\n" + indent(depth)).append('}');
  }

  private static void writeArray(List<?> list, int depth, StringBuilder out) {
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator).append(indent(depth + 1));
      write(item, depth + 1, out);
      separator = ",\n";
    }
    out.append(list.isEmpty() ? "" : "\n" + indent(depth)).append(']');
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    out.append('"');
  }

  private static String indent(int depth) {
    return "  ".repeat(depth);
  }
}
