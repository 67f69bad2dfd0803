package nl.onakoers.ona.content;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of content text in Dutch (plain, A2) and English (complete, not a summary).
 *
 * @param nl the Dutch text, never blank
 * @param en the English text, never blank
 */
public record Text(String nl, String en) {

  public Text {
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
  }

  /** English when the language tag starts with {@code en}, Dutch otherwise. */
  public String in(String language) {
    boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    return english ? en : nl;
  }
}
