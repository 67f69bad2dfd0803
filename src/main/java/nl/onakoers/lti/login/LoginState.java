package nl.onakoers.lti.login;

import java.time.Instant;
import java.util.Objects;

/**
 * What the tool remembers between the OIDC login initiation and the launch: the {@code state} and
 * {@code nonce} it sent to the platform, single use and short-lived.
 *
 * @param state at least 128 random bits, base64url; the key
 * @param nonce at least 128 random bits, base64url; must come back in the id_token
 * @param registrationId the registration the login was for
 * @param targetLinkUri the target_link_uri the platform sent, checked again at launch
 * @param redirectUri the tool's own redirect URI it asked the platform to post to
 * @param storageTarget the {@code lti_storage_target} the platform sent, or {@code null}
 * @param loginHint the login_hint, kept so that the "open in a new window" page can restart
 * @param messageHint the lti_message_hint, may be {@code null}
 * @param deploymentHint the lti_deployment_id from the initiation, may be {@code null}
 * @param createdAt when it was issued
 * @param expiresAt after this it is refused
 * @param usedAt when a launch spent it, or {@code null} while unused
 */
public record LoginState(
    String state,
    String nonce,
    String registrationId,
    String targetLinkUri,
    String redirectUri,
    String storageTarget,
    String loginHint,
    String messageHint,
    String deploymentHint,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt) {

  public LoginState {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(registrationId, "registrationId");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean usesPlatformStorage() {
    return storageTarget != null && !storageTarget.isBlank();
  }

  @Override
  public String toString() {
    // state and nonce are secrets of the flow: never in logs.
    return "LoginState[registration=" + registrationId + ", expiresAt=" + expiresAt + "]";
  }
}
