package nl.onakoers.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.keys.infrastructure.JpaToolKeyRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JpaToolKeyRepositoryTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void firstStartCreatesOneSigningKeyThatIsPublishedWithoutItsPrivatePart(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      ToolKeys keys = new ToolKeys(new JpaToolKeyRepository(database), CLOCK);

      keys.ensureSigningKey();
      keys.ensureSigningKey();

      assertThat(keys.publicJwks().getKeys()).hasSize(1);
      var published = keys.publicJwks().getKeys().get(0);
      assertThat(published.isPrivate()).isFalse();
      assertThat(published.getKeyID()).isEqualTo(keys.signingKey().kid());
      assertThat(keys.signingKey().keyPair().isPrivate()).isTrue();
      assertThat(keys.signingKey().keyPair().size()).isEqualTo(2048);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rotatedKeySignsWhileTheOldOneStaysPublishedUntilRetired(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      JpaToolKeyRepository repository = new JpaToolKeyRepository(database);
      ToolKeys keys = new ToolKeys(repository, CLOCK);
      keys.ensureSigningKey();
      String oldKid = keys.signingKey().kid();

      ToolKeys later = new ToolKeys(repository, Clock.offset(CLOCK, java.time.Duration.ofDays(1)));
      ToolKey rotated = later.rotate();

      assertThat(later.signingKey().kid()).isEqualTo(rotated.kid());
      assertThat(later.publicJwks().getKeys())
          .extracting(k -> k.getKeyID())
          .containsExactly(rotated.kid(), oldKid);

      assertThat(later.retire(oldKid)).isTrue();
      assertThat(later.publicJwks().getKeys())
          .extracting(k -> k.getKeyID())
          .containsExactly(rotated.kid());
      assertThatThrownBy(() -> later.retire(rotated.kid()))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
