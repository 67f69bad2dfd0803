package nl.onakoers.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;

/**
 * Checks a {@link RegistrationForm} and turns an accepted one into a {@link Registration}.
 *
 * <p>Errors, each with its field:
 *
 * <ol>
 *   <li>{@code required}: issuer, clientId, authUrl, tokenUrl or jwksUrl is blank;
 *   <li>{@code url}: a URL is not absolute with a host, or its scheme is not http(s);
 *   <li>{@code https}: a URL uses http for a host other than localhost, 127.0.0.1 or [::1];
 *   <li>{@code issuer_query}: the issuer has a query or fragment (OpenID Connect forbids them);
 *   <li>{@code kind}: the platform kind is not moodle, canvas, brightspace, blackboard, sakai or
 *       generic;
 *   <li>{@code origin}: a frame origin is not a bare http(s) origin: it has a path (other than one
 *       slash), a query, a fragment or user info;
 *   <li>{@code port}: a frame origin's port is not from 1 to 65535;
 *   <li>{@code https}: a frame origin uses http for a host other than localhost;
 *   <li>{@code too_long}: a value does not fit its database column, or there are more than {@value
 *       #MAX_FRAME_ORIGINS} frame origins.
 * </ol>
 *
 * <p>Warning: {@code issuer_trailing_slash}. Platforms send {@code iss} exactly and the tool
 * compares it character for character, so {@code https://lms.example/} will not match launches from
 * a platform that sends {@code https://lms.example}; but it may be exactly right.
 *
 * <p>Stateless and thread safe.
 */
public final class RegistrationValidator {

  static final int MAX_ISSUER = 512;
  static final int MAX_URL = 2048;
  static final int MAX_TEXT = 255;
  static final int MAX_FRAME_ORIGINS = 10;
  static final int MAX_PORT = 65535;

  private static final String FRAME_ORIGINS = "frameOrigins";
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  private RegistrationValidator() {}

  public static Validation validate(RegistrationForm form) {
    List<FieldProblem> errors = new ArrayList<>();
    checkIssuer(form.issuer()).ifPresent(errors::add);
    checkText("clientId", form.clientId(), true, MAX_TEXT).ifPresent(errors::add);
    checkUrl("authUrl", form.authUrl()).ifPresent(errors::add);
    checkUrl("tokenUrl", form.tokenUrl()).ifPresent(errors::add);
    checkText("tokenAudience", form.tokenAudience(), false, MAX_URL).ifPresent(errors::add);
    checkUrl("jwksUrl", form.jwksUrl()).ifPresent(errors::add);
    checkText("displayName", form.displayName(), false, MAX_TEXT).ifPresent(errors::add);
    checkKind(form.kind()).ifPresent(errors::add);
    checkFrameOrigins(form.frameOrigins()).ifPresent(errors::add);
    return new Validation(errors, warnings(form.issuer()));
  }

  /** Warnings about a registration's issuer that do not refuse it. */
  public static List<FieldProblem> warnings(String issuer) {
    if (issuer != null && issuer.trim().endsWith("/")) {
      return List.of(new FieldProblem("issuer", "issuer_trailing_slash"));
    }
    return List.of();
  }

  /**
   * The registration an accepted form describes, with defaults applied: the display name is the
   * issuer's host when blank, the kind is generic when blank. Values are trimmed.
   *
   * @throws IllegalArgumentException when the form is not valid
   */
  public static Registration toRegistration(RegistrationForm form, String id, Instant createdAt) {
    if (!validate(form).isValid()) {
      throw new IllegalArgumentException("Registration form is not valid");
    }
    String issuer = form.issuer().trim();
    return new Registration(
        id,
        issuer,
        form.clientId().trim(),
        URI.create(form.authUrl().trim()),
        URI.create(form.tokenUrl().trim()),
        blankToNull(form.tokenAudience()),
        URI.create(form.jwksUrl().trim()),
        isBlank(form.displayName()) ? URI.create(issuer).getHost() : form.displayName().trim(),
        isBlank(form.kind()) ? PlatformKind.GENERIC : parseKind(form.kind()).orElseThrow(),
        Boolean.TRUE.equals(form.autoApproveDeployments()),
        createdAt,
        RegistrationStatus.ACTIVE,
        frameOrigins(form.frameOrigins()));
  }

  /**
   * The accepted frame origins, normalized: lower-case scheme and host, no trailing slash, no port
   * 443 for https or 80 for http, blanks left out, each once.
   */
  static List<String> frameOrigins(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .filter(value -> !isBlank(value))
        .map(value -> URI.create(value.trim()))
        .map(uri -> Registration.originOf(lowerCase(uri)))
        .distinct()
        .toList();
  }

  private static URI lowerCase(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    // A browser leaves the default port out of an origin; keeping it would store one LMS twice.
    boolean defaultPort = uri.getPort() == (scheme.equals("https") ? 443 : 80);
    try {
      return new URI(
          scheme,
          null,
          uri.getHost().toLowerCase(Locale.ROOT),
          defaultPort ? -1 : uri.getPort(),
          null,
          null,
          null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not an origin: " + uri, e);
    }
  }

  private static Optional<FieldProblem> checkFrameOrigins(List<String> values) {
    if (values == null) {
      return Optional.empty();
    }
    List<String> given = values.stream().filter(value -> !isBlank(value)).toList();
    if (given.size() > MAX_FRAME_ORIGINS) {
      return problem(FRAME_ORIGINS, "too_long");
    }
    for (String value : given) {
      Optional<FieldProblem> problem = checkFrameOrigin(value.trim());
      if (problem.isPresent()) {
        return problem;
      }
    }
    // The origins are stored in one column, separated by spaces.
    return String.join(" ", given).length() > MAX_URL
        ? problem(FRAME_ORIGINS, "too_long")
        : Optional.empty();
  }

  private static Optional<FieldProblem> checkFrameOrigin(String value) {
    URI uri = parseUri(value);
    if (uri == null || !uri.isAbsolute() || uri.getHost() == null || !isHttp(uri)) {
      return problem(FRAME_ORIGINS, "origin");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    boolean bare =
        (path.isEmpty() || path.equals("/"))
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
    if (!bare) {
      return problem(FRAME_ORIGINS, "origin");
    }
    // URI takes any digits as a port, also 0 or 99999.
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > MAX_PORT)) {
      return problem(FRAME_ORIGINS, "port");
    }
    if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri)) {
      return problem(FRAME_ORIGINS, "https");
    }
    return Optional.empty();
  }

  /** The kind names the API and form accept, in lower case. */
  public static List<String> kindNames() {
    return Arrays.stream(PlatformKind.values())
        .map(kind -> kind.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static Optional<FieldProblem> checkIssuer(String issuer) {
    Optional<FieldProblem> urlProblem = checkUrl("issuer", issuer);
    if (urlProblem.isPresent()) {
      return urlProblem;
    }

    URI uri = URI.create(issuer.trim());
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return problem("issuer", "issuer_query");
    }
    return checkText("issuer", issuer, true, MAX_ISSUER);
  }

  private static Optional<FieldProblem> checkUrl(String field, String value) {
    Optional<FieldProblem> textProblem = checkText(field, value, true, MAX_URL);
    if (textProblem.isPresent()) {
      return textProblem;
    }

    URI uri = parseUri(value.trim());
    if (uri == null || !uri.isAbsolute() || uri.getHost() == null || !isHttp(uri)) {
      return problem(field, "url");
    }
    if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri)) {
      return problem(field, "https");
    }
    return Optional.empty();
  }

  private static Optional<FieldProblem> checkText(
      String field, String value, boolean required, int maxLength) {
    if (isBlank(value)) {
      return required ? problem(field, "required") : Optional.empty();
    }
    return value.trim().length() > maxLength ? problem(field, "too_long") : Optional.empty();
  }

  private static Optional<FieldProblem> checkKind(String kind) {
    if (isBlank(kind) || parseKind(kind).isPresent()) {
      return Optional.empty();
    }
    return problem("kind", "kind");
  }

  private static Optional<PlatformKind> parseKind(String kind) {
    return Arrays.stream(PlatformKind.values())
        .filter(candidate -> candidate.name().equalsIgnoreCase(kind.trim()))
        .findFirst();
  }

  private static URI parseUri(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static boolean isHttp(URI uri) {
    return uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http");
  }

  private static boolean isLoopback(URI uri) {
    return LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
  }

  private static Optional<FieldProblem> problem(String field, String code) {
    return Optional.of(new FieldProblem(field, code));
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.trim();
  }
}
