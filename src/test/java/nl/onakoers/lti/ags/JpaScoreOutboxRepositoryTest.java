package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.DatabaseSettings;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JpaScoreOutboxRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:33:05.643Z");
  private static final URI ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem?type_id=2");
  private static final URI OTHER_ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/4/lineitem?type_id=2");

  private static final LineItemTarget TARGET =
      new LineItemTarget(
          URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2"),
          new LineItemRequest("2", "RK2", "resultaatkaart", "Resultaatkaart RK2", 10));

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void storedScoreReadsBackWithEveryField(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      Score graded = graded("4", NOW);

      long id = repository.add("reg-1", ITEM, graded, NOW);

      OutboxScore stored = repository.find(id).orElseThrow();
      assertThat(stored.score()).isEqualTo(graded);
      assertThat(stored.registrationId()).isEqualTo("reg-1");
      assertThat(stored.lineItem()).isEqualTo(ITEM);
      assertThat(stored.status()).isEqualTo(OutboxStatus.PENDING);
      assertThat(stored.attempts()).isZero();
      assertThat(stored.nextAttemptAt()).isEqualTo(NOW);
      assertThat(stored.createdAt()).isEqualTo(NOW);
      assertThat(repository.find(id + 1000)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void onlyTheOldestPendingScorePerLineItemAndUserIsDue(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      long first = repository.add("reg-1", ITEM, pending("4", NOW), NOW);
      long second = repository.add("reg-1", ITEM, graded("4", NOW.plusSeconds(1)), NOW);
      long otherUser = repository.add("reg-1", ITEM, graded("5", NOW), NOW);
      long otherItem = repository.add("reg-1", OTHER_ITEM, graded("4", NOW), NOW);
      repository.add("reg-1", ITEM, graded("6", NOW), NOW.plusSeconds(60));

      assertThat(repository.due(NOW, 10))
          .extracting(OutboxScore::id)
          .containsExactly(first, otherUser, otherItem);

      repository.markSent(first, NOW, null);

      assertThat(repository.due(NOW, 10)).extracting(OutboxScore::id).contains(second);
      assertThat(repository.due(NOW, 1)).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aScoreIsClaimedByExactlyOneOfTwoRacingNodes(DatabaseKind kind) throws Exception {
    try (Database database = TestDatabases.open(kind);
        var pool = Executors.newFixedThreadPool(2)) {
      var repository = new JpaScoreOutboxRepository(database);
      long id = repository.add("reg-1", ITEM, graded("4", NOW), NOW);

      Callable<Boolean> claim = () -> repository.claim(id, 0, NOW, NOW.plusSeconds(120));
      var first = pool.submit(claim);
      var second = pool.submit(claim);

      assertThat(first.get() ^ second.get()).as("exactly one node claims the row").isTrue();
      OutboxScore claimed = repository.find(id).orElseThrow();
      assertThat(claimed.attempts()).isEqualTo(1);
      assertThat(claimed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
    }
  }

  @Test
  void onPostgresqlARowLockedByAnotherNodeIsSkippedWithoutWaiting() throws Exception {
    try (Database database = TestDatabases.open(DatabaseKind.POSTGRESQL);
        var pool = Executors.newSingleThreadExecutor()) {
      var repository = new JpaScoreOutboxRepository(database);
      long id = repository.add("reg-1", ITEM, graded("4", NOW), NOW);
      DatabaseSettings settings = database.settings();

      try (Connection otherNode =
          DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
        otherNode.setAutoCommit(false);
        try (var lock =
            otherNode.prepareStatement("select id from score_outbox where id = ? for update")) {
          lock.setLong(1, id);
          lock.executeQuery().close();
        }

        // Without SKIP LOCKED this claim would wait for the other node; the guard only stops a
        // hanging test, it measures nothing.
        var whileLocked = pool.submit(() -> repository.claim(id, 0, NOW, NOW.plusSeconds(120)));
        assertThat(whileLocked.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(repository.find(id).orElseThrow().attempts()).isZero();

        otherNode.rollback();
      }

      assertThat(repository.claim(id, 0, NOW, NOW.plusSeconds(120))).isTrue();
      assertThat(repository.find(id).orElseThrow().attempts()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aClaimedScoreIsDueAgainOnlyWhenItsLeaseRunsOut(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      long id = repository.add("reg-1", ITEM, graded("4", NOW), NOW);
      assertThat(repository.claim(id, 0, NOW, NOW.plusSeconds(120))).isTrue();

      assertThat(repository.due(NOW.plusSeconds(119), 10)).isEmpty();
      assertThat(repository.claim(id, 1, NOW.plusSeconds(119), NOW.plusSeconds(240))).isFalse();
      assertThat(repository.due(NOW.plusSeconds(120), 10))
          .extracting(OutboxScore::id)
          .containsExactly(id);
      assertThat(repository.claim(id, 1, NOW.plusSeconds(120), NOW.plusSeconds(240))).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void lastSentTimestampIsTheNewestSentForThePair(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      long a = repository.add("reg-1", ITEM, pending("4", NOW), NOW);
      long b = repository.add("reg-1", ITEM, graded("4", NOW.plusSeconds(5)), NOW);
      repository.add("reg-1", ITEM, graded("4", NOW.plusSeconds(50)), NOW);
      long other = repository.add("reg-1", OTHER_ITEM, graded("4", NOW.plusSeconds(90)), NOW);

      assertThat(repository.lastSentTimestamp(ITEM, "4")).isEmpty();

      repository.markSent(a, NOW, null);
      repository.markSent(b, NOW.plusSeconds(6), "bumped");
      repository.markSent(other, NOW.plusSeconds(90), null);

      assertThat(repository.lastSentTimestamp(ITEM, "4")).contains(NOW.plusSeconds(6));
      assertThat(repository.find(b).orElseThrow().score().timestamp())
          .isEqualTo(NOW.plusSeconds(6));
      assertThat(repository.lastSentTimestamp(ITEM, "5")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rescheduledScoreKeepsItsErrorAndFailedScoreIsNeverDue(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      long retried = repository.add("reg-1", ITEM, graded("4", NOW), NOW);
      long failed = repository.add("reg-1", ITEM, graded("5", NOW), NOW);

      repository.reschedule(retried, NOW.plusSeconds(30), "HTTP 503");
      repository.markFailed(failed, "x".repeat(900));

      OutboxScore later = repository.find(retried).orElseThrow();
      assertThat(later.lastError()).isEqualTo("HTTP 503");
      assertThat(later.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
      OutboxScore gaveUp = repository.find(failed).orElseThrow();
      assertThat(gaveUp.status()).isEqualTo(OutboxStatus.FAILED);
      assertThat(gaveUp.lastError()).hasSize(500);
      assertThat(repository.due(NOW.plusSeconds(3600), 10))
          .extracting(OutboxScore::id)
          .containsExactly(retried);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void unresolvedScoreKeepsItsTargetAndGetsItsLineItemWithTheOtherRowsOfTheTarget(
      DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      long first = repository.add("reg-1", null, TARGET, pending("4", NOW), NOW, "card-4");
      long second = repository.add("reg-1", null, TARGET, pending("5", NOW), NOW, "card-5");
      long third = repository.add("reg-1", null, TARGET, graded("4", NOW), NOW, "card-4");
      long elsewhere = repository.add("reg-2", null, TARGET, pending("4", NOW), NOW, "card-9");

      OutboxScore stored = repository.find(first).orElseThrow();
      assertThat(stored.lineItem()).isNull();
      assertThat(stored.target()).isEqualTo(TARGET);
      assertThat(stored.targetKey()).hasSize(64).isEqualTo(TARGET.key("reg-1"));
      assertThat(repository.resolvedLineItem(TARGET.key("reg-1"))).isEmpty();

      assertThat(repository.resolve(TARGET.key("reg-1"), ITEM))
          .containsExactlyInAnyOrder("card-4", "card-5");

      assertThat(repository.resolvedLineItem(TARGET.key("reg-1"))).contains(ITEM);
      assertThat(repository.find(second).orElseThrow().lineItem()).isEqualTo(ITEM);
      assertThat(repository.find(third).orElseThrow().lineItem()).isEqualTo(ITEM);
      assertThat(repository.find(third).orElseThrow().target()).isEqualTo(TARGET);
      assertThat(repository.find(elsewhere).orElseThrow().lineItem()).isNull();
      assertThat(repository.resolve(TARGET.key("reg-1"), OTHER_ITEM)).isEmpty();
      assertThat(repository.find(first).orElseThrow().lineItem()).isEqualTo(ITEM);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void onlyTheOldestUnresolvedRowOfATargetIsDueAndAUsersRowsStayInOrderAcrossResolution(
      DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);
      long first = repository.add("reg-1", null, TARGET, pending("4", NOW), NOW, "card-4");
      long otherUser = repository.add("reg-1", null, TARGET, pending("5", NOW), NOW, "card-5");
      long later = repository.add("reg-1", null, TARGET, graded("4", NOW), NOW, "card-4");
      long known = repository.add("reg-1", ITEM, graded("6", NOW), NOW);

      assertThat(repository.due(NOW, 10)).extracting(OutboxScore::id).containsExactly(first, known);

      repository.resolve(TARGET.key("reg-1"), ITEM);
      long afterResolution = repository.add("reg-1", ITEM, graded("5", NOW), NOW);

      assertThat(repository.due(NOW, 10))
          .extracting(OutboxScore::id)
          .containsExactly(first, otherUser, known);
      repository.markSent(first, NOW, null);
      repository.markSent(otherUser, NOW, null);
      assertThat(repository.due(NOW, 10))
          .extracting(OutboxScore::id)
          .containsExactly(later, known, afterResolution);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aRowWithNeitherLineItemNorTargetIsRefused(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaScoreOutboxRepository(database);

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> repository.add("reg-1", null, null, pending("4", NOW), NOW, null))
          .isInstanceOf(RuntimeException.class);
      assertThat(repository.due(NOW, 10)).isEmpty();
    }
  }

  static Score pending(String user, Instant at) {
    return new Score(
        user, at, ActivityProgress.SUBMITTED, GradingProgress.PENDING_MANUAL, null, null, null);
  }

  static Score graded(String user, Instant at) {
    return new Score(
        user,
        at,
        ActivityProgress.COMPLETED,
        GradingProgress.FULLY_GRADED,
        17.0,
        20.0,
        "Goed gedaan");
  }
}
