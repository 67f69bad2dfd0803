package nl.onakoers.lti.platform.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;

/**
 * A row of {@code registration}: URLs as text, the platform kind and status by their enum names,
 * the extra frame origins separated by spaces (origins contain none).
 */
@Entity
@Table(name = "registration")
public class RegistrationRow {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "issuer", nullable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "auth_url", nullable = false)
  private String authUrl;

  @Column(name = "token_url", nullable = false)
  private String tokenUrl;

  @Column(name = "token_audience")
  private String tokenAudience;

  @Column(name = "jwks_url", nullable = false)
  private String jwksUrl;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "platform_kind", nullable = false)
  private String platformKind;

  @Column(name = "auto_approve_deployments", nullable = false)
  private boolean autoApproveDeployments;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "frame_origins")
  private String frameOrigins;

  protected RegistrationRow() {}

  static RegistrationRow of(Registration registration) {
    RegistrationRow row = new RegistrationRow();
    row.id = registration.id();
    row.copyFrom(registration);
    return row;
  }

  /** Copies every field except the id, which never changes. */
  void copyFrom(Registration registration) {
    issuer = registration.issuer();
    clientId = registration.clientId();
    authUrl = registration.authUrl().toString();
    tokenUrl = registration.tokenUrl().toString();
    tokenAudience = registration.tokenAudience();
    jwksUrl = registration.jwksUrl().toString();
    displayName = registration.displayName();
    platformKind = registration.kind().name();
    autoApproveDeployments = registration.autoApproveDeployments();
    createdAt = registration.createdAt().atOffset(ZoneOffset.UTC);
    status = registration.status().name();
    frameOrigins =
        registration.frameOrigins().isEmpty()
            ? null
            : String.join(" ", registration.frameOrigins());
  }

  private List<String> frameOriginList() {
    return frameOrigins == null || frameOrigins.isBlank()
        ? List.of()
        : Arrays.stream(frameOrigins.trim().split("\\s+")).toList();
  }

  Registration toDomain() {
    return new Registration(
        id,
        issuer,
        clientId,
        URI.create(authUrl),
        URI.create(tokenUrl),
        tokenAudience,
        URI.create(jwksUrl),
        displayName,
        PlatformKind.valueOf(platformKind),
        autoApproveDeployments,
        createdAt.toInstant(),
        RegistrationStatus.valueOf(status),
        frameOriginList());
  }
}
