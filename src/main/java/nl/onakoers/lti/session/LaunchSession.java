package nl.onakoers.lti.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a validated launch lets a person do for a while: act as this user, with these roles, in this
 * context and resource link of this platform deployment. The session travels in the page (an
 * unguessable token in a URL or form field), never in a cookie; only the token's hash is stored.
 *
 * @param id the SHA-256 hash of the token, base64url
 * @param registrationId the platform registration
 * @param deploymentId the deployment that launched
 * @param userId the platform's {@code sub}
 * @param userName the person's name, or {@code null} when the platform did not share it
 * @param userEmail the e-mail address, or {@code null} when not shared
 * @param contextId the course's id, or {@code null} for a launch outside a course
 * @param contextTitle the course's title, may be {@code null}
 * @param resourceLinkId the resource link, or {@code null} (deep linking)
 * @param messageType the LTI message type that created the session
 * @param roles the role URIs as sent
 * @param coach whether the context roles make this person a coach
 * @param testUser whether the platform flagged a test user (student view)
 * @param custom the custom parameters of the link
 * @param serviceClaims the AGS, NRPS and deep-linking claims as JSON strings, by claim URI
 * @param returnUrl the launch presentation return URL, or {@code null}
 * @param locale the platform's locale for the person, or {@code null}
 * @param createdAt when the launch happened
 * @param expiresAt after this the token is refused
 */
public record LaunchSession(
    String id,
    String registrationId,
    String deploymentId,
    String userId,
    String userName,
    String userEmail,
    String contextId,
    String contextTitle,
    String resourceLinkId,
    String messageType,
    List<String> roles,
    boolean coach,
    boolean testUser,
    Map<String, String> custom,
    Map<String, String> serviceClaims,
    String returnUrl,
    String locale,
    Instant createdAt,
    Instant expiresAt) {

  public LaunchSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(registrationId, "registrationId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    roles = List.copyOf(roles);
    custom = Map.copyOf(custom);
    serviceClaims = Map.copyOf(serviceClaims);
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "LaunchSession[registration="
        + registrationId
        + ", deployment="
        + deploymentId
        + ", context="
        + contextId
        + ", link="
        + resourceLinkId
        + "]";
  }
}
