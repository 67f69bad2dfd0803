package nl.onakoers.ona.card;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of an evidence field is a link or a short note ("laten zien aan mijn begeleider"). Text
 * that looks like a link must be a complete https URL with a host: a coach opens it, and a {@code
 * javascript:} or plain-http link is never what a participant should hand in.
 */
public final class EvidenceLinks {

  private static final Pattern LINK_LIKE =
      Pattern.compile("(?i)^\\s*([a-z][a-z0-9+.-]*:|www\\.)\\S*\\s*$");

  private EvidenceLinks() {}

  /** Whether the whole answer is one word that starts like a URL ({@code x:} or {@code www.}). */
  public static boolean looksLikeLink(String value) {
    return LINK_LIKE.matcher(value).matches();
  }

  public static boolean isHttps(String value) {
    try {
      URI uri = new URI(value.strip());
      return "https".equals(lower(uri.getScheme()))
          && uri.getHost() != null
          && uri.getHost().contains(".")
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
