package nl.onakoers.lti.ags;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request to a platform service.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri the full URL, query included
 * @param headers header values by name; may hold an {@code Authorization} bearer token, so this
 *     record is never logged whole
 * @param body the request body, or {@code null} for none
 */
public record PlatformRequest(String method, URI uri, Map<String, String> headers, String body) {

  public PlatformRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(headers);
  }

  public String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The same request with one more header. */
  public PlatformRequest withHeader(String name, String value) {
    var more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new PlatformRequest(method, uri, more, body);
  }

  @Override
  public String toString() {
    return "PlatformRequest[" + method + " " + uri + "]";
  }
}
