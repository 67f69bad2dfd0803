package nl.onakoers.lti.platform;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A platform registration: what the tool knows of one LMS installation, keyed by {@code (issuer,
 * client_id)}. Several registrations may share an issuer (every hosted Canvas school sends {@code
 * https://canvas.instructure.com}).
 *
 * @param id the tool's own id for the registration, never null
 * @param issuer the platform's {@code iss}, exactly as it appears in id_tokens
 * @param clientId the client_id the platform gave the tool
 * @param authUrl OIDC authentication request URL of the platform
 * @param tokenUrl OAuth 2 token URL (client credentials) of the platform
 * @param tokenAudience the {@code aud} for client assertions when it differs from the token URL, or
 *     {@code null}
 * @param jwksUrl the platform's public keys
 * @param displayName a name for administrators and logs
 * @param kind the LMS product
 * @param autoApproveDeployments whether an unknown deployment_id is accepted at once instead of
 *     waiting for an administrator
 * @param createdAt when the registration was made
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#tool-deployment">LTI 1.3 §3.1.3</a>
 */
public record Registration(
    String id,
    String issuer,
    String clientId,
    URI authUrl,
    URI tokenUrl,
    String tokenAudience,
    URI jwksUrl,
    String displayName,
    PlatformKind kind,
    boolean autoApproveDeployments,
    Instant createdAt) {

  public Registration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(authUrl, "authUrl");
    Objects.requireNonNull(tokenUrl, "tokenUrl");
    Objects.requireNonNull(jwksUrl, "jwksUrl");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The audience of client assertions: the configured one, or else exactly the token URL. */
  public String clientAssertionAudience() {
    return tokenAudience == null || tokenAudience.isBlank() ? tokenUrl.toString() : tokenAudience;
  }

  /** The platform's origin ({@code scheme://host[:port]}), for CSP frame-ancestors. */
  public String origin() {
    URI issuerUri = URI.create(issuer);
    String port = issuerUri.getPort() < 0 ? "" : ":" + issuerUri.getPort();
    return issuerUri.getScheme() + "://" + issuerUri.getHost() + port;
  }
}
