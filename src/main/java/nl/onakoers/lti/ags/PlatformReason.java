package nl.onakoers.lti.ags;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A short, safe text from a platform's refusal, for the coach: the {@code message}, {@code error}
 * or {@code reason} member of a JSON answer (also Canvas's {@code errors[0].message}), or else the
 * start of a plain text or HTML answer without its tags. Control characters become spaces, runs of
 * white space one space, and anything after the word {@code Bearer} is hidden, so a platform that
 * echoes the request cannot put a token in front of the coach.
 */
final class PlatformReason {

  static final int MAX_LENGTH = 200;

  private static final List<String> MEMBERS = List.of("message", "error", "reason");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cc}\\p{Cf}\\s]+");
  private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");

  private PlatformReason() {}

  /** The platform's reason, or empty when its answer holds none. */
  static String of(PlatformResponse response) {
    String body = response.body().strip();
    if (body.isEmpty()) {
      return "";
    }
    if (body.startsWith("{") || body.startsWith("[")) {
      return clean(fromJson(body));
    }
    return clean(TAG.matcher(body).replaceAll(" "));
  }

  private static String fromJson(String body) {
    try {
      return reasonIn(JSONObjectUtils.parse(body));
    } catch (ParseException e) {
      // A JSON array, or broken JSON: a list of values is no reason to show.
      return "";
    }
  }

  private static String reasonIn(Map<String, Object> json) {
    for (String member : MEMBERS) {
      Object value = json.get(member);
      if (value instanceof String text && !text.isBlank()) {
        return text;
      }
      if (value instanceof Map<?, ?> nested && nested.get("message") instanceof String text) {
        return text;
      }
    }
    if (json.get("errors") instanceof List<?> errors
        && !errors.isEmpty()
        && errors.get(0) instanceof Map<?, ?> first
        && first.get("message") instanceof String text) {
      return text;
    }
    return "";
  }

  private static String clean(String text) {
    String oneLine = CONTROL_OR_SPACE.matcher(text).replaceAll(" ").strip();
    String safe = BEARER.matcher(oneLine).replaceAll("Bearer …");
    if (safe.length() <= MAX_LENGTH) {
      return safe;
    }
    int end = Character.isHighSurrogate(safe.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
    return safe.substring(0, end).strip() + "…";
  }
}
