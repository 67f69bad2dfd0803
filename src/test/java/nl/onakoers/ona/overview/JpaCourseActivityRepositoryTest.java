package nl.onakoers.ona.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.ags.ActivityProgress;
import nl.onakoers.lti.ags.GradingProgress;
import nl.onakoers.lti.ags.Score;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.lti.session.TestSessions;
import nl.onakoers.lti.session.infrastructure.JpaLaunchSessionRepository;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.card.infrastructure.JpaStepProgressRepository;
import nl.onakoers.ona.overview.infrastructure.JpaCourseActivityRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One course's activity, on H2 and PostgreSQL; nothing of another course or platform leaks in. */
class JpaCourseActivityRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:18Z");

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void readsCardsReturnsStepsAndLiveLearnerSessionsOfOneCourseOnly(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var cards = new JpaParticipantCardRepository(database);
      var steps = new JpaStepProgressRepository(database);
      var sessions = new JpaLaunchSessionRepository(database);
      CardOwner student1 = new CardOwner("reg-1", "2", "4");
      ParticipantCard rk3 = save(cards, student1, "RK3", CardStatus.CONCEPT);
      rk3 = save(cards, rk3, CardStatus.INGEDIEND, "submitted", NOW.minus(Duration.ofDays(8)));
      rk3 = save(cards, rk3, CardStatus.FEEDBACK, "returned", NOW.minus(Duration.ofDays(6)));
      rk3 = save(cards, rk3, CardStatus.INGEDIEND, "submitted", NOW.minus(Duration.ofDays(5)));
      save(cards, rk3, CardStatus.FEEDBACK, "returned", NOW.minus(Duration.ofDays(4)));
      steps.mark(student1, "M1", "a", true, NOW.minus(Duration.ofDays(3)));
      steps.mark(student1, "M2", "b", true, NOW.minus(Duration.ofDays(1)));
      sessions.add(TestSessions.learner("s1", "reg-1", "2", "5", "Student2 Probe"));
      sessions.add(TestSessions.coach("reg-1", "2"));
      // Other courses and platforms, with the same user ids.
      save(cards, new CardOwner("reg-1", "other", "4"), "RK1", CardStatus.AKKOORD);
      save(cards, new CardOwner("reg-2", "2", "4"), "RK2", CardStatus.CONCEPT);
      steps.mark(new CardOwner("reg-2", "2", "4"), "M9", "z", true, NOW);
      sessions.add(TestSessions.learner("s2", "reg-2", "2", "6", "Elsewhere"));
      sessions.add(TestSessions.learner("s3", "reg-1", "other", "7", "Other Course"));

      CourseActivity activity =
          new JpaCourseActivityRepository(database).activity("reg-1", "2", NOW);

      assertThat(activity.cards()).hasSize(1);
      CardProgress card = activity.cards().get(0);
      assertThat(card.userId()).isEqualTo("4");
      assertThat(card.cardId()).isEqualTo("RK3");
      assertThat(card.status()).isEqualTo(CardStatus.FEEDBACK);
      assertThat(card.returned()).isEqualTo(2);
      assertThat(card.submittedAt()).isEqualTo(NOW.minus(Duration.ofDays(5)));
      assertThat(activity.lastStepAt()).isEqualTo(Map.of("4", NOW.minus(Duration.ofDays(1))));
      assertThat(activity.launched()).isEqualTo(Map.of("5", "Student2 Probe"));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void eachCardShowsWhereItsNewestGradeIs(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var cards = new JpaParticipantCardRepository(database);
      var outbox = new JpaScoreOutboxRepository(database);
      ParticipantCard sent =
          save(cards, new CardOwner("reg-1", "2", "4"), "RK3", CardStatus.AKKOORD);
      ParticipantCard failedLater =
          save(cards, new CardOwner("reg-1", "2", "5"), "RK3", CardStatus.INGEDIEND);
      ParticipantCard waiting =
          save(cards, new CardOwner("reg-1", "2", "6"), "RK3", CardStatus.INGEDIEND);
      save(cards, new CardOwner("reg-1", "2", "7"), "RK3", CardStatus.CONCEPT);
      outbox.markSent(queue(outbox, sent), NOW, null);
      outbox.markSent(queue(outbox, failedLater), NOW, null);
      outbox.markFailed(queue(outbox, failedLater), "HTTP 422 not a student");
      queue(outbox, waiting);

      CourseActivity activity =
          new JpaCourseActivityRepository(database).activity("reg-1", "2", NOW);

      assertThat(activity.cards())
          .extracting(CardProgress::userId, CardProgress::grade)
          .containsExactly(
              tuple("4", GradeInLms.DELIVERED),
              tuple("5", GradeInLms.FAILED),
              tuple("6", GradeInLms.WAITING),
              tuple("7", GradeInLms.NONE));
    }
  }

  private static long queue(JpaScoreOutboxRepository outbox, ParticipantCard card) {
    Score score =
        new Score(
            card.owner().userId(),
            NOW,
            ActivityProgress.SUBMITTED,
            GradingProgress.PENDING_MANUAL,
            null,
            null,
            null);
    return outbox.add("reg-1", URI.create("https://lms.example/li/1"), score, NOW, card.id());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void expiredSessionsDoNotCountAsLaunched(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      new JpaLaunchSessionRepository(database)
          .add(TestSessions.learner("s1", "reg-1", "2", "5", "Student2 Probe"));

      CourseActivity later =
          new JpaCourseActivityRepository(database)
              .activity("reg-1", "2", NOW.plus(Duration.ofHours(5)));

      assertThat(later.launched()).isEmpty();
    }
  }

  private static ParticipantCard save(
      JpaParticipantCardRepository cards, CardOwner owner, String cardId, CardStatus status) {
    ParticipantCard blank = ParticipantCard.blank(owner, cardId, "2025.1");
    return save(cards, blank, status, null, NOW.minus(Duration.ofDays(10)));
  }

  private static ParticipantCard save(
      JpaParticipantCardRepository cards,
      ParticipantCard card,
      CardStatus status,
      String event,
      Instant at) {
    Instant submitted = "submitted".equals(event) ? at : card.submittedAt();
    ParticipantCard next =
        new ParticipantCard(
            card.id(),
            card.owner(),
            card.cardId(),
            card.contentVersion(),
            status,
            Answers.none(),
            card.version(),
            at,
            submitted,
            card.lineItemUrl());
    return cards.save(next, card.version(), event, at);
  }
}
