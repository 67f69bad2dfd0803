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
        claims.name().orElse(null),
        claims.email().orElse(null),
        claims.context().map(LaunchClaims.Context::id).orElse(null),
        claims.context().map(c -> c.title() != null ? c.title() : c.label()).orElse(null),
        claims.resourceLink().map(LaunchClaims.ResourceLink::id).orElse(null),
        launch.messageType(),
        roles.uris(),
        roles.isCoach(),
        roles.isTestUser(),
        claims.custom(),
        serviceClaims(claims),
        claims.returnUrl().orElse(null),
        claims.locale().orElse(null),
        createdAt,
        expiresAt);
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
