package nl.onakoers.web;

/**
 * Makes a value that came from outside (a token claim, a request parameter) safe to put in a log
 * line: short, on one line, without control or line-separator characters, so nobody can forge log
 * lines.
 */
public final class Printable {

  public static final int MAX_CHARS = 80;

  private Printable() {}

  /** The value quoted, control characters replaced and cut to {@link #MAX_CHARS}. */
  public static String of(Object value) {
    if (value == null) {
      return "(none)";
    }
    String text = oneLine(value.toString());
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
    return "'" + cut + "'";
  }

  /** The text with control and line-separator characters replaced; not quoted, not cut. */
  public static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
  }
}
