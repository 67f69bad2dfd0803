package nl.onakoers.lti.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The public signing keys of each platform, fetched from the registration's JWKS URL and cached.
 *
 * <ol>
 *   <li>A key set is kept for {@link #MAX_AGE}, then fetched again on the next lookup.
 *   <li>An unknown {@code kid} (the platform rotated its keys) fetches the set again, once.
 *   <li>Only one fetch per platform runs at a time; concurrent lookups wait for it and share it.
 *   <li>After any fetch, successful or not, no new fetch for that platform starts for {@link
 *       #REFETCH_COOL_DOWN}, so a flood of tokens with made-up kids cannot hammer the platform.
 *   <li>Only RSA keys meant for signatures ({@code use} absent or {@code sig}, {@code alg} absent
 *       or RS256) are kept.
 * </ol>
 *
 * <p>Key material is never logged; kids and counts are.
 *
 * <p>Thread safe.
 */
public class PlatformKeys {

  public static final Duration REFETCH_COOL_DOWN = Duration.ofSeconds(30);
  public static final Duration MAX_AGE = Duration.ofHours(1);
  private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());

  private final JwksFetcher fetcher;
  private final Clock clock;
  private final Cache<String, KeySnapshot> snapshots;
  private final Map<String, ReentrantLock> fetchLocks = new ConcurrentHashMap<>();

  /**
   * @param fetcher fetches the JWKS, not null
   * @param clock the application clock, not null; also drives cache expiry
   */
  public PlatformKeys(JwksFetcher fetcher, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.snapshots =
        Caffeine.newBuilder()
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfterWrite(MAX_AGE)
            .maximumSize(10_000)
            .build();
  }

  /**
   * The platform's signing key with this kid.
   *
   * @param registration whose keys, not null
   * @param kid the {@code kid} of the JWS header, not null
   * @return the key, or empty when the platform does not publish it (even after a refetch)
   * @throws PlatformKeysUnavailableException when the keys cannot be fetched and the kid is not
   *     among the keys fetched before
   */
  public Optional<RSAKey> signingKey(Registration registration, String kid) {
    Objects.requireNonNull(kid, "kid");
    KeySnapshot cached = snapshots.getIfPresent(registration.id());
    if (cached != null && cached.has(kid)) {
      return cached.key(kid);
    }

    KeySnapshot current = refreshUnlessCoolingDown(registration, kid);
    if (!current.has(kid) && current.failed()) {
      throw new PlatformKeysUnavailableException(
          "keys of registration " + registration.id() + " could not be fetched recently");
    }
    return current.key(kid);
  }

  /** Drops the cached keys, e.g. after the registration's JWKS URL changed. */
  public void forget(String registrationId) {
    snapshots.invalidate(registrationId);
  }

  private KeySnapshot refreshUnlessCoolingDown(Registration registration, String kid) {
    ReentrantLock lock = fetchLocks.computeIfAbsent(registration.id(), id -> new ReentrantLock());
    lock.lock();
    try {
      KeySnapshot current = snapshots.getIfPresent(registration.id());
      if (current != null && (current.has(kid) || isCoolingDown(current))) {
        return current;
      }

      KeySnapshot fresh = fetch(registration, current);
      snapshots.put(registration.id(), fresh);
      return fresh;
    } finally {
      lock.unlock();
    }
  }

  private boolean isCoolingDown(KeySnapshot snapshot) {
    return clock.instant().isBefore(snapshot.fetchedAt().plus(REFETCH_COOL_DOWN));
  }

  private KeySnapshot fetch(Registration registration, KeySnapshot previous) {
    Instant now = clock.instant();
    try {
      KeySnapshot fresh = KeySnapshot.of(fetcher.fetch(registration.jwksUrl()), now);
      LOG.log(
          Level.INFO,
          "Fetched platform keys of registration {0}: kids {1}",
          new Object[] {registration.id(), fresh.keys().keySet()});
      return fresh;
    } catch (PlatformKeysUnavailableException e) {
      LOG.log(
          Level.WARNING,
          "Platform keys of registration {0} unavailable: {1}",
          new Object[] {registration.id(), e.getMessage()});
      return previous == null ? KeySnapshot.failedAt(now) : previous.failedAgainAt(now);
    }
  }

  /**
   * The signing keys of one platform at one moment.
   *
   * @param keys by kid
   * @param fetchedAt when the fetch that made this snapshot ended
   * @param failed whether that fetch failed (then {@code keys} are from an earlier one, or none)
   */
  record KeySnapshot(Map<String, RSAKey> keys, Instant fetchedAt, boolean failed) {

    static KeySnapshot of(JWKSet set, Instant at) {
      Map<String, RSAKey> keys =
          set.getKeys().stream()
              .filter(KeySnapshot::isRsaSigningKey)
              .map(key -> ((RSAKey) key).toPublicJWK())
              .collect(
                  Collectors.toUnmodifiableMap(JWK::getKeyID, Function.identity(), (a, b) -> a));
      return new KeySnapshot(keys, at, false);
    }

    static KeySnapshot failedAt(Instant at) {
      return new KeySnapshot(Map.of(), at, true);
    }

    KeySnapshot failedAgainAt(Instant at) {
      return new KeySnapshot(keys, at, true);
    }

    boolean has(String kid) {
      return keys.containsKey(kid);
    }

    Optional<RSAKey> key(String kid) {
      return Optional.ofNullable(keys.get(kid));
    }

    private static boolean isRsaSigningKey(JWK key) {
      return key instanceof RSAKey
          && key.getKeyID() != null
          && (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
          && (key.getAlgorithm() == null || JWSAlgorithm.RS256.equals(key.getAlgorithm()));
    }
  }
}
