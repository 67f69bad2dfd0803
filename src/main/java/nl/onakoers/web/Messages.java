package nl.onakoers.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The string catalogue for one language: Dutch first (plain, A2), English complete. Pages take
 * their text from here, never from code.
 *
 * <p>Immutable and thread safe.
 */
public final class Messages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final String BUNDLE = "nl.onakoers.web.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Dutch unless the language tag asks for English. */
  public static Messages forLanguage(String languageTag) {
    boolean english = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en");
    return new Messages(english ? ENGLISH : DUTCH);
  }

  /** The catalogue for the browser's first Accept-Language (Dutch when there is none). */
  public static Messages forRequest(jakarta.ws.rs.core.HttpHeaders headers) {
    return forLanguage(preferredLanguage(headers));
  }

  /** The browser's first Accept-Language as a tag such as {@code en}, or {@code null}. */
  public static String preferredLanguage(jakarta.ws.rs.core.HttpHeaders headers) {
    List<Locale> languages;
    try {
      languages = headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException e) {
      // A header the JAX-RS parser refuses, such as "nl_NL": read its first language by hand.
      return firstLanguage(headers.getHeaderString("Accept-Language"));
    }
    return languages.isEmpty() ? null : languages.get(0).getLanguage();
  }

  private static String firstLanguage(String header) {
    String first = header == null ? "" : header.split("[,;_-]", 2)[0].strip();
    return first.matches("[A-Za-z]{1,8}") ? first.toLowerCase(Locale.ROOT) : null;
  }

  public String language() {
    return locale.getLanguage();
  }

  public boolean isDutch() {
    return DUTCH.getLanguage().equals(locale.getLanguage());
  }

  /** The text for a key; a missing key shows as the key itself so it is noticed, not hidden. */
  public String get(String key, Object... arguments) {
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
  }

  /** True when the catalogue has the key; used by the test that both languages are complete. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
