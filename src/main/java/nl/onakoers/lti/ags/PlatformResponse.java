package nl.onakoers.lti.ags;

import java.util.List;
import java.util.Map;

/**
 * A platform's answer.
 *
 * @param status the HTTP status
 * @param headers header values by name (any case)
 * @param body the body as text, empty when there was none
 */
public record PlatformResponse(int status, Map<String, List<String>> headers, String body) {

  public PlatformResponse {
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /** The first value of a header, or {@code null}; names compare without case. */
  public String header(String name) {
    return headers(name).stream().findFirst().orElse(null);
  }

  /** Every value of a header, in order; names compare without case. */
  public List<String> headers(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
