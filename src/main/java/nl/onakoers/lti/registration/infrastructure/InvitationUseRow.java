package nl.onakoers.lti.registration.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code invitation_use}. */
@Entity
@Table(name = "invitation_use")
public class InvitationUseRow {

  @Id
  @Column(name = "code_hash")
  String codeHash;

  @Column(name = "used_at", nullable = false)
  OffsetDateTime usedAt;

  @Column(name = "expires_at", nullable = false)
  OffsetDateTime expiresAt;

  protected InvitationUseRow() {}

  InvitationUseRow(String codeHash, Instant usedAt, Instant expiresAt) {
    this.codeHash = codeHash;
    this.usedAt = usedAt.atOffset(ZoneOffset.UTC);
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }
}
