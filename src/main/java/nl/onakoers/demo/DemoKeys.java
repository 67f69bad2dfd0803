package nl.onakoers.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The sandbox's own RSA key: made on first use and kept in the database, so that the tool's cached
 * copy of the sandbox JWKS stays right across restarts and on every node. Never logged.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class DemoKeys {

  private final DemoStore store;
  private volatile RSAKey key;

  protected DemoKeys() {
    this(null);
  }

  @Inject
  public DemoKeys(DemoStore store) {
    this.store = store;
  }

  /** The key pair that signs id_tokens and access tokens. */
  public RSAKey signingKey() {
    RSAKey current = key;
    if (current == null) {
      current = store.key().orElseGet(() -> store.addKeyIfNone(generate()));
      key = current;
    }
    return current;
  }

  /** The public JWKS served at {@code /demo/jwks}. */
  public JWKSet publicJwks() {
    return new JWKSet(signingKey().toPublicJWK());
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID("sandbox-" + UUID.randomUUID())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate the sandbox key", e);
    }
  }
}
