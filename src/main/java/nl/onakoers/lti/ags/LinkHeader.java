package nl.onakoers.lti.ags;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code rel="next"} target of HTTP {@code Link} headers (RFC 8288), tolerant of what
 * Moodle sends: HTML-escaped {@code &amp;} inside the URL and typographic quotes around the rel
 * value ({@code rel=“next”}).
 */
final class LinkHeader {

  private static final Pattern LINK =
      Pattern.compile(
          "<([^>]*)>\\s*;[^<]*?\\brel\\s*=\\s*[\"'\u201C\u201D]?([^\"'\u201C\u201D;,]+)");

  private LinkHeader() {}

  static Optional<URI> next(List<String> headerValues) {
    for (String value : headerValues) {
      Matcher matcher = LINK.matcher(value);
      while (matcher.find()) {
        if (hasRel(matcher.group(2), "next")) {
          return Optional.of(URI.create(matcher.group(1).trim().replace("&amp;", "&")));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasRel(String rels, String wanted) {
    for (String rel : rels.trim().split("\\s+")) {
      if (rel.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }
}
