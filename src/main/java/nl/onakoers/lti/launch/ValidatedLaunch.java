package nl.onakoers.lti.launch;

import java.util.Objects;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.Registration;

/**
 * A launch that passed every check of {@link LaunchValidator}.
 *
 * @param registration the platform registration, not null
 * @param deployment the active deployment, not null
 * @param messageType {@link LtiClaims#RESOURCE_LINK_REQUEST} or {@link
 *     LtiClaims#DEEP_LINKING_REQUEST}
 * @param claims the typed view of the verified claims, not null
 */
public record ValidatedLaunch(
    Registration registration, Deployment deployment, String messageType, LaunchClaims claims) {

  public ValidatedLaunch {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(claims, "claims");
  }

  public boolean isDeepLinking() {
    return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
  }
}
