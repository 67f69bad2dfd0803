package nl.onakoers.lti.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.login.infrastructure.JpaLoginStateRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JpaLoginStateRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:10Z");

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void storedStateReadsBackWithEveryField(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaLoginStateRepository(database);
      LoginState state = state("s1", NOW.plusSeconds(300));

      repository.add(state);

      assertThat(repository.find("s1")).contains(state);
      assertThat(repository.find("unknown")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aStateIsSpentExactlyOnceEvenWhenTwoLaunchesRace(DatabaseKind kind) throws Exception {
    try (Database database = TestDatabases.open(kind);
        var pool = Executors.newFixedThreadPool(2)) {
      var repository = new JpaLoginStateRepository(database);
      repository.add(state("s2", NOW.plusSeconds(300)));

      Callable<Boolean> spend = () -> repository.markUsed("s2", NOW);
      var first = pool.submit(spend);
      var second = pool.submit(spend);

      assertThat(first.get() ^ second.get()).as("exactly one caller spends the state").isTrue();
      assertThat(repository.markUsed("s2", NOW)).isFalse();
      assertThat(repository.find("s2").orElseThrow().isUsed()).isTrue();
      assertThat(repository.markUsed("never-issued", NOW)).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void cleanupRemovesOnlyExpiredStates(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaLoginStateRepository(database);
      repository.add(state("old", NOW.minusSeconds(10)));
      repository.add(state("fresh", NOW.plusSeconds(10)));

      assertThat(repository.deleteExpiredBefore(NOW)).isEqualTo(1);

      assertThat(repository.find("old")).isEmpty();
      assertThat(repository.find("fresh")).isPresent();
    }
  }

  private static LoginState state(String state, Instant expiresAt) {
    return new LoginState(
        state,
        "nonce-" + state,
        "registration-1",
        "http://localhost:8080/lti/launch",
        "http://localhost:8080/lti/launch",
        "post_message_forwarding",
        "4",
        "{\"cmid\":3}",
        "2",
        NOW.minusSeconds(1),
        expiresAt,
        null);
  }
}
