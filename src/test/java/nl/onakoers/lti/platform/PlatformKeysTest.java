package nl.onakoers.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import org.junit.jupiter.api.Test;

class PlatformKeysTest {

  private static final Registration MOODLE = MoodleFixtures.registration();
  private static final String MOODLE_KID = MoodleFixtures.PLATFORM_KID;

  private final MutableClock clock = new MutableClock(MoodleFixtures.capturedAt("student1"));
  private final StubJwksFetcher fetcher = new StubJwksFetcher(MoodleFixtures.platformJwks());
  private final PlatformKeys keys = new PlatformKeys(fetcher, clock);

  @Test
  void keysAreFetchedOnceAndThenServedFromTheCache() {
    keys.signingKey(MOODLE, MOODLE_KID);
    keys.signingKey(MOODLE, MOODLE_KID);

    assertThat(keys.signingKey(MOODLE, MOODLE_KID))
        .get()
        .extracting(RSAKey::getKeyID)
        .isEqualTo(MOODLE_KID);
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void cachedKeysAreNeverPrivate() {
    fetcher.serve(new JWKSet(rsaKey("with-private-part")));

    assertThat(keys.signingKey(MOODLE, "with-private-part").orElseThrow().isPrivate()).isFalse();
  }

  @Test
  void unknownKidAfterTheCoolDownRefetchesAndFindsTheRotatedKey() {
    keys.signingKey(MOODLE, MOODLE_KID);
    RSAKey rotated = rsaKey("rotated");
    fetcher.serve(new JWKSet(rotated.toPublicJWK()));
    clock.advance(PlatformKeys.REFETCH_COOL_DOWN.plusSeconds(1));

    assertThat(keys.signingKey(MOODLE, "rotated")).isPresent();
    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  @Test
  void unknownKidStillMissingAfterTheRefetchIsEmpty() {
    keys.signingKey(MOODLE, MOODLE_KID);
    clock.advance(PlatformKeys.REFETCH_COOL_DOWN.plusSeconds(1));

    assertThat(keys.signingKey(MOODLE, "never-published")).isEmpty();
    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  @Test
  void unknownKidsWithinTheCoolDownDoNotRefetch() {
    keys.signingKey(MOODLE, MOODLE_KID);
    clock.advance(PlatformKeys.REFETCH_COOL_DOWN.plusSeconds(1));

    keys.signingKey(MOODLE, "made-up-1");
    keys.signingKey(MOODLE, "made-up-2");
    keys.signingKey(MOODLE, "made-up-3");

    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  @Test
  void concurrentLookupsOfOnePlatformShareOneFetch() throws Exception {
    fetcher.delayEachFetch(Duration.ofMillis(200));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> lookups =
          IntStream.range(0, 8)
              .<Callable<Boolean>>mapToObj(
                  i -> () -> keys.signingKey(MOODLE, MOODLE_KID).isPresent())
              .toList();
      for (Future<Boolean> found : pool.invokeAll(lookups)) {
        assertThat(found.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void failedFetchMakesKeysUnavailable() {
    fetcher.fail();

    assertThatThrownBy(() -> keys.signingKey(MOODLE, MOODLE_KID))
        .isInstanceOf(PlatformKeysUnavailableException.class);
  }

  @Test
  void failedFetchIsNotRetriedWithinTheCoolDown() {
    fetcher.fail();
    assertThatThrownBy(() -> keys.signingKey(MOODLE, MOODLE_KID));

    assertThatThrownBy(() -> keys.signingKey(MOODLE, MOODLE_KID))
        .isInstanceOf(PlatformKeysUnavailableException.class);
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void platformRecoversAfterTheCoolDown() {
    fetcher.fail();
    assertThatThrownBy(() -> keys.signingKey(MOODLE, MOODLE_KID));
    fetcher.serve(MoodleFixtures.platformJwks());
    clock.advance(PlatformKeys.REFETCH_COOL_DOWN);

    assertThat(keys.signingKey(MOODLE, MOODLE_KID)).isPresent();
  }

  @Test
  void knownKeysStayUsableWhenARefetchFails() {
    keys.signingKey(MOODLE, MOODLE_KID);
    fetcher.fail();
    clock.advance(PlatformKeys.REFETCH_COOL_DOWN.plusSeconds(1));

    assertThatThrownBy(() -> keys.signingKey(MOODLE, "rotated"))
        .isInstanceOf(PlatformKeysUnavailableException.class);
    assertThat(keys.signingKey(MOODLE, MOODLE_KID)).isPresent();
  }

  @Test
  void keysAreFetchedAgainAfterTheirMaximumAge() {
    keys.signingKey(MOODLE, MOODLE_KID);
    clock.advance(PlatformKeys.MAX_AGE.plusSeconds(1));

    keys.signingKey(MOODLE, MOODLE_KID);

    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  @Test
  void encryptionKeysAreNotUsedForSignatures() throws JOSEException {
    RSAKey encryption =
        new RSAKeyGenerator(2048).keyID("enc").keyUse(KeyUse.ENCRYPTION).generate().toPublicJWK();
    fetcher.serve(new JWKSet(encryption));

    assertThat(keys.signingKey(MOODLE, "enc")).isEmpty();
  }

  @Test
  void eachPlatformHasItsOwnKeys() {
    Registration other =
        new Registration(
            "other",
            "https://lms.example",
            "c",
            MOODLE.authUrl(),
            MOODLE.tokenUrl(),
            null,
            MOODLE.jwksUrl(),
            "Other",
            PlatformKind.GENERIC,
            false,
            MOODLE.createdAt());

    keys.signingKey(MOODLE, MOODLE_KID);
    keys.signingKey(other, MOODLE_KID);

    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  private static RSAKey rsaKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
