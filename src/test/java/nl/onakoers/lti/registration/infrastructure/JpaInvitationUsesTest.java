package nl.onakoers.lti.registration.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JpaInvitationUsesTest {

  private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
  private static final String HASH = "a".repeat(64);

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anInvitationIsClaimedOnceAndCanBeGivenBack(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var uses = new JpaInvitationUses(database);

      assertThat(uses.isUsed(HASH)).isFalse();
      assertThat(uses.claim(HASH, NOW, NOW.plusSeconds(3600))).isTrue();
      assertThat(uses.isUsed(HASH)).isTrue();
      assertThat(uses.claim(HASH, NOW, NOW.plusSeconds(3600))).isFalse();

      uses.release(HASH);

      assertThat(uses.isUsed(HASH)).isFalse();
      assertThat(uses.claim(HASH, NOW, NOW.plusSeconds(3600))).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void usesOfExpiredInvitationsAreForgotten(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var uses = new JpaInvitationUses(database);
      uses.claim(HASH, NOW, NOW.plusSeconds(60));
      uses.claim("b".repeat(64), NOW, NOW.plusSeconds(7200));

      int removed = uses.deleteExpiredBefore(NOW.plusSeconds(3600));

      assertThat(removed).isEqualTo(1);
      assertThat(uses.isUsed(HASH)).isFalse();
      assertThat(uses.isUsed("b".repeat(64))).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void ofTwoNodesClaimingTheSameInvitationAtOnceOneWins(DatabaseKind kind) throws Exception {
    try (Database database = TestDatabases.open(kind);
        var pool = Executors.newFixedThreadPool(2)) {
      var uses = new JpaInvitationUses(database);
      Callable<Boolean> claim = () -> uses.claim(HASH, NOW, NOW.plusSeconds(3600));

      var first = pool.submit(claim);
      var second = pool.submit(claim);

      assertThat(first.get() ^ second.get()).as("exactly one claim succeeds").isTrue();
    }
  }
}
