package nl.onakoers.lti.login.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.onakoers.lti.login.LoginState;

/** A row of {@code login_state}. */
@Entity
@Table(name = "login_state")
public class LoginStateRow {

  @Id
  @Column(name = "state")
  private String state;

  @Column(name = "nonce", nullable = false)
  private String nonce;

  @Column(name = "registration_id", nullable = false)
  private String registrationId;

  @Column(name = "target_link_uri", nullable = false)
  private String targetLinkUri;

  @Column(name = "redirect_uri", nullable = false)
  private String redirectUri;

  @Column(name = "storage_target")
  private String storageTarget;

  @Column(name = "login_hint", nullable = false)
  private String loginHint;

  @Column(name = "message_hint")
  private String messageHint;

  @Column(name = "deployment_hint")
  private String deploymentHint;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected LoginStateRow() {}

  static LoginStateRow of(LoginState s) {
    LoginStateRow row = new LoginStateRow();
    row.state = s.state();
    row.nonce = s.nonce();
    row.registrationId = s.registrationId();
    row.targetLinkUri = s.targetLinkUri();
    row.redirectUri = s.redirectUri();
    row.storageTarget = s.storageTarget();
    row.loginHint = s.loginHint();
    row.messageHint = s.messageHint();
    row.deploymentHint = s.deploymentHint();
    row.createdAt = utc(s.createdAt());
    row.expiresAt = utc(s.expiresAt());
    row.usedAt = s.usedAt() == null ? null : utc(s.usedAt());
    return row;
  }

  LoginState toDomain() {
    return new LoginState(
        state,
        nonce,
        registrationId,
        targetLinkUri,
        redirectUri,
        storageTarget,
        loginHint,
        messageHint,
        deploymentHint,
        createdAt.toInstant(),
        expiresAt.toInstant(),
        usedAt == null ? null : usedAt.toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
