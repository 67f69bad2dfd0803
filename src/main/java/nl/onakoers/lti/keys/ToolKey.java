package nl.onakoers.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One RSA key pair of the tool. The newest key that is not retired signs; every key that is not
 * retired stays published in the JWKS, so platforms can still verify what an older key signed.
 *
 * @param keyPair the public and private key, with its {@code kid}; never logged
 * @param createdAt when the key was made
 * @param retiredAt when it was taken out of the JWKS, or {@code null} while published
 */
public record ToolKey(RSAKey keyPair, Instant createdAt, Instant retiredAt) {

  public ToolKey {
    Objects.requireNonNull(keyPair, "keyPair");
    Objects.requireNonNull(keyPair.getKeyID(), "kid");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!keyPair.isPrivate()) {
      throw new IllegalArgumentException("a tool key needs its private part");
    }
  }

  public String kid() {
    return keyPair.getKeyID();
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /** The public half only: safe to publish and to show. */
  public RSAKey publicKey() {
    return keyPair.toPublicJWK();
  }

  @Override
  public String toString() {
    return "ToolKey[kid=" + kid() + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
  }
}
