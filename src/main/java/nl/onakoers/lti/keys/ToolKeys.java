package nl.onakoers.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tool's signing keys: makes the first RSA 2048 key pair, adds a new one on rotation, and tells
 * which key signs and which are published.
 *
 * <p>Keys live in the database, so every node of a cluster signs with the same key. Two nodes that
 * start on an empty database at the same moment may each add a key; both are then published and the
 * newest signs, which platforms accept.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class ToolKeys {

  static final int KEY_SIZE_BITS = 2048;
  private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());

  private final ToolKeyRepository repository;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected ToolKeys() {
    this(null, null);
  }

  @Inject
  public ToolKeys(ToolKeyRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Makes the first key pair when none is published; called at start-up. */
  public void ensureSigningKey() {
    if (repository.published().isEmpty()) {
      ToolKey key = rotate();
      LOG.log(Level.INFO, "Created the first tool signing key, kid {0}", key.kid());
    }
  }

  /** Adds a new key pair that signs from now on; older keys stay published until retired. */
  public ToolKey rotate() {
    ToolKey key = new ToolKey(generate(), Instant.now(clock), null);
    repository.add(key);
    LOG.log(Level.INFO, "Added tool signing key {0}", key.kid());
    return key;
  }

  /** Takes a key out of the JWKS; refuses to retire the only published key. */
  public boolean retire(String kid) {
    List<ToolKey> published = repository.published();
    if (published.size() == 1 && published.get(0).kid().equals(kid)) {
      throw new IllegalStateException("The only published key cannot be retired: rotate first");
    }
    boolean retired = repository.retire(kid, Instant.now(clock));
    if (retired) {
      LOG.log(Level.INFO, "Retired tool signing key {0}", kid);
    }
    return retired;
  }

  /** The key that signs client assertions and deep-linking responses now. */
  public ToolKey signingKey() {
    return repository.published().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No tool signing key: start-up incomplete"));
  }

  /** The public keys platforms use to verify the tool's signatures. */
  public JWKSet publicJwks() {
    List<JWK> keys = repository.published().stream().map(k -> (JWK) k.publicKey()).toList();
    return new JWKSet(keys);
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(KEY_SIZE_BITS)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key pair", e);
    }
  }
}
