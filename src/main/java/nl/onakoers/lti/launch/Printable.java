package nl.onakoers.lti.launch;

/** Makes a value taken from a token safe to put in a log line: short, one line, plain. */
final class Printable {

  static final int MAX_CHARS = 80;

  private Printable() {}

  /** The value quoted, control characters replaced and cut to {@link #MAX_CHARS}. */
  static String of(Object value) {
    if (value == null) {
      return "(none)";
    }
    String text = value.toString().replaceAll("\\p{Cntrl}", "?");
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
    return "'" + cut + "'";
  }
}
