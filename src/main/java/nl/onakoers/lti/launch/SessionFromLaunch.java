package nl.onakoers.lti.launch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions.SessionFactory;

/**
 * Turns a validated launch into the session the pages work with. It keeps the least personal data:
 * the platform's user id, and name and e-mail only when the platform chose to send them.
 */
final class SessionFromLaunch implements SessionFactory {

  static final int MAX_NAME = 500;
  static final int MAX_TITLE = 1000;
  static final int MAX_URL = 4000;
  static final int MAX_LOCALE = 35;

  private final ValidatedLaunch launch;

  SessionFromLaunch(ValidatedLaunch launch) {
    this.launch = launch;
  }

  @Override
  public LaunchSession create(String id, Instant createdAt, Instant expiresAt) {
    LaunchClaims claims = launch.claims();
    Roles roles = claims.roles();
    return new LaunchSession(
        id,
        launch.registration().id(),
        launch.deployment().deploymentId(),
        claims.subject().orElseThrow(),
        cut(claims.name().orElse(null), MAX_NAME),
        cut(claims.email().orElse(null), MAX_NAME),
        claims.context().map(LaunchClaims.Context::id).orElse(null),
        cut(
            claims.context().map(c -> c.title() != null ? c.title() : c.label()).orElse(null),
            MAX_TITLE),
        claims.resourceLink().map(LaunchClaims.ResourceLink::id).orElse(null),
        launch.messageType(),
        roles.uris(),
        roles.isCoach(),
        roles.isTestUser(),
        claims.custom(),
        serviceClaims(claims),
        claims.returnUrl().filter(SessionFromLaunch::isWebUrl).orElse(null),
        claims.locale().filter(l -> l.length() <= MAX_LOCALE).orElse(null),
        createdAt,
        expiresAt);
  }

  /** Display values are cut to their column size: a long course title must not stop a launch. */
  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** Only http(s) URLs become links: a {@code javascript:} return URL is dropped. */
  private static boolean isWebUrl(String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    return url.length() <= MAX_URL && (lower.startsWith("https://") || lower.startsWith("http://"));
  }

  private static Map<String, String> serviceClaims(LaunchClaims claims) {
    Map<String, String> services = new LinkedHashMap<>();
    for (String claim :
        new String[] {
          LtiClaims.AGS_ENDPOINT, LtiClaims.NRPS_SERVICE, LtiClaims.DEEP_LINKING_SETTINGS
        }) {
      claims.objectClaimAsJson(claim).ifPresent(json -> services.put(claim, json));
    }
    return services;
  }
}
