package nl.onakoers.lti.ags;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds AGS URLs from the ones a platform gave, keeping their query strings: Moodle's line item
 * URLs carry {@code ?type_id=2}, which its services need.
 */
public final class ServiceUrls {

  private ServiceUrls() {}

  /** The line item's {@code /scores} endpoint: {@code /scores} goes before the query. */
  public static URI scores(URI lineItem) {
    return subResource(lineItem, "scores");
  }

  /** The line item's {@code /results} endpoint. */
  public static URI results(URI lineItem) {
    return subResource(lineItem, "results");
  }

  /** The URL with the parameters added after any it already has; null values are left out. */
  public static URI withParameters(URI url, Map<String, String> parameters) {
    String added =
        parameters.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    if (added.isEmpty()) {
      return url;
    }
    String text = url.toString();
    int fragment = text.indexOf('#');
    String head = fragment < 0 ? text : text.substring(0, fragment);
    String tail = fragment < 0 ? "" : text.substring(fragment);
    String separator = head.contains("?") ? (head.endsWith("?") ? "" : "&") : "?";
    return URI.create(head + separator + added + tail);
  }

  private static URI subResource(URI url, String name) {
    String text = url.toString();
    int end = firstOf(text, '?', '#');
    String path = text.substring(0, end);
    String rest = text.substring(end);
    String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return URI.create(base + "/" + name + rest);
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j < 0 ? text.length() : j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
