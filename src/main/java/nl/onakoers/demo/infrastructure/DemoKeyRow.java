package nl.onakoers.demo.infrastructure;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.OffsetDateTime;

/** A row of {@code demo_key}: the sandbox's key pair as JWK JSON, private part included. */
@Entity
@Table(name = "demo_key")
public class DemoKeyRow {

  @Id
  @Column(name = "kid")
  private String kid;

  @Column(name = "key_pair_jwk", nullable = false)
  private String keyPairJwk;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DemoKeyRow() {}

  static DemoKeyRow of(RSAKey key, OffsetDateTime createdAt) {
    DemoKeyRow row = new DemoKeyRow();
    row.kid = key.getKeyID();
    row.keyPairJwk = key.toJSONString();
    row.createdAt = createdAt;
    return row;
  }

  RSAKey toKey() {
    try {
      return RSAKey.parse(keyPairJwk);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored sandbox key " + kid + " is not an RSA JWK", e);
    }
  }
}
