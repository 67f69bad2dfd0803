package nl.onakoers.lti.keys.infrastructure;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.onakoers.lti.keys.ToolKey;

/** A row of {@code tool_key}: the key pair as JWK JSON, private part included. */
@Entity
@Table(name = "tool_key")
public class ToolKeyRow {

  @Id
  @Column(name = "kid")
  private String kid;

  @Column(name = "key_pair_jwk", nullable = false)
  private String keyPairJwk;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  protected ToolKeyRow() {}

  static ToolKeyRow of(ToolKey key) {
    ToolKeyRow row = new ToolKeyRow();
    row.kid = key.kid();
    row.keyPairJwk = key.keyPair().toJSONString();
    row.createdAt = key.createdAt().atOffset(ZoneOffset.UTC);
    return row;
  }

  ToolKey toDomain() {
    try {
      return new ToolKey(
          RSAKey.parse(keyPairJwk),
          createdAt.toInstant(),
          retiredAt == null ? null : retiredAt.toInstant());
    } catch (ParseException e) {
      throw new IllegalStateException("Stored tool key " + kid + " is not a valid RSA JWK", e);
    }
  }

  void retire(OffsetDateTime at) {
    retiredAt = at;
  }
}
