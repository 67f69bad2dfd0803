package nl.onakoers.lti.platform;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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
 * @param status whether the platform may start logins; dynamic registrations wait as pending
 * @param frameOrigins origins besides the issuer's that may frame the tool, such as a hosted Canvas
 *     school's own address (its issuer is the shared {@code https://canvas.instructure.com})
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
    Instant createdAt,
    RegistrationStatus status,
    List<String> frameOrigins) {

  /** An active registration with no extra frame origins, as an administrator enters it. */
  public Registration(
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
    this(
        id,
        issuer,
        clientId,
        authUrl,
        tokenUrl,
        tokenAudience,
        jwksUrl,
        displayName,
        kind,
        autoApproveDeployments,
        createdAt,
        RegistrationStatus.ACTIVE,
        List.of());
  }

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
    Objects.requireNonNull(status, "status");
    frameOrigins = frameOrigins == null ? List.of() : List.copyOf(frameOrigins);
  }

  /** Whether logins and launches from this platform are accepted. */
  public boolean isActive() {
    return status == RegistrationStatus.ACTIVE;
  }

  public Registration withStatus(RegistrationStatus newStatus) {
    return new Registration(
        id,
        issuer,
        clientId,
        authUrl,
        tokenUrl,
        tokenAudience,
        jwksUrl,
        displayName,
        kind,
        autoApproveDeployments,
        createdAt,
        newStatus,
        frameOrigins);
  }

  /** The audience of client assertions: the configured one, or else exactly the token URL. */
  public String clientAssertionAudience() {
    return tokenAudience == null || tokenAudience.isBlank() ? tokenUrl.toString() : tokenAudience;
  }

  /** The platform's origin ({@code scheme://host[:port]}), for CSP frame-ancestors. */
  public String origin() {
    return originOf(URI.create(issuer));
  }

  /** The origin ({@code scheme://host[:port]}) of an absolute URL. */
  public static String originOf(URI url) {
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    return url.getScheme() + "://" + url.getHost() + port;
  }
}
