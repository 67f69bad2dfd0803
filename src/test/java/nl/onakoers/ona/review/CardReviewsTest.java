package nl.onakoers.ona.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.ags.ActivityProgress;
import nl.onakoers.lti.ags.GradingProgress;
import nl.onakoers.lti.ags.OutboxScore;
import nl.onakoers.lti.ags.OutboxStatus;
import nl.onakoers.lti.ags.ScoreOutbox;
import nl.onakoers.lti.ags.ScoreQueue;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.StaleCardException;
import nl.onakoers.ona.card.TestAnswers;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.review.infrastructure.JpaReviewRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reviews on H2 and PostgreSQL: the review, the card's status and event and the grade land together
 * or not at all, and never outside the coach's course.
 */
class CardReviewsTest {

  private static final ContentCatalog CONTENT = ContentCatalog.fromClasspath();
  private static final Module M3 = CONTENT.module("M3").orElseThrow();
  private static final CardOwner SAM = new CardOwner("reg-1", "course-1", "user-42");
  private static final Course COURSE = new Course("reg-1", "course-1");
  private static final String COACH = "coach-7";
  private static final String LINE_ITEM =
      "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem?type_id=2";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T15:33:05Z"), ZoneOffset.UTC);
  private static final Map<String, Integer> GOOD = Map.of("A", 3, "B", 2, "C", 2, "D", 3);

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  /** The pieces of one test, all on one database. */
  private record Tool(
      ResultCards resultCards,
      JpaParticipantCardRepository cards,
      JpaReviewRepository reviews,
      JpaScoreOutboxRepository outboxRows,
      ScoreOutbox outbox,
      CardReviews cardReviews) {

    static Tool on(Database db) {
      return on(db, null);
    }

    static Tool on(Database db, ScoreQueue queue) {
      var cards = new JpaParticipantCardRepository(db);
      var reviews = new JpaReviewRepository(db);
      var rows = new JpaScoreOutboxRepository(db);
      var outbox = new ScoreOutbox(rows, null, null, CLOCK);
      var cardReviews =
          new CardReviews(cards, reviews, CONTENT, queue == null ? outbox : queue, db, CLOCK);
      return new Tool(new ResultCards(cards, CLOCK), cards, reviews, rows, outbox, cardReviews);
    }

    ParticipantCard handedIn(String lineItem) {
      var submission =
          resultCards.submit(
              SAM, M3, TestAnswers.completeRk3("Monteur zonnepanelen"), 0, true, lineItem);
      assertThat(submission.findings()).isEmpty();
      return submission.card();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void returnedRevisedAndApprovedCardKeepsItsHistoryAndGradesTheParticipant(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(LINE_ITEM);

      var returned =
          tool.cardReviews.review(
              COURSE, COACH, card.id(), returning(card.version()), ReviewDecision.RETURNED);
      OutboxScore meanwhile = tool.outboxRows.latestForCard(card.id()).orElseThrow();
      ParticipantCard revised =
          tool.resultCards
              .submit(
                  SAM,
                  M3,
                  TestAnswers.completeRk3("Monteur zonnepanelen"),
                  returned.card().version(),
                  true)
              .card();
      var approved =
          tool.cardReviews.review(
              COURSE, COACH, card.id(), approving(revised.version()), ReviewDecision.APPROVED);

      assertThat(returned.card().status()).isEqualTo(CardStatus.FEEDBACK);
      assertThat(meanwhile.score().activityProgress()).isEqualTo(ActivityProgress.IN_PROGRESS);
      assertThat(meanwhile.score().gradingProgress()).isEqualTo(GradingProgress.PENDING);
      assertThat(meanwhile.score().scoreGiven()).isNull();
      assertThat(meanwhile.score().comment()).isEqualTo("Wat is je plan B?");
      assertThat(revised.status()).isEqualTo(CardStatus.HERZIEN);
      assertThat(approved.card().status()).isEqualTo(CardStatus.AKKOORD);
      assertThat(tool.cards.eventKinds(SAM, "RK3"))
          .containsExactly("created", "submitted", "returned", "revised", "approved");
      assertThat(tool.reviews.history(card.id()))
          .extracting(Review::decision)
          .containsExactly(ReviewDecision.APPROVED, ReviewDecision.RETURNED);
      OutboxScore graded = tool.outboxRows.latestForCard(card.id()).orElseThrow();
      assertThat(graded.lineItem()).isEqualTo(URI.create(LINE_ITEM));
      assertThat(graded.registrationId()).isEqualTo("reg-1");
      assertThat(graded.score().userId()).isEqualTo("user-42");
      assertThat(graded.score().gradingProgress()).isEqualTo(GradingProgress.FULLY_GRADED);
      assertThat(graded.score().activityProgress()).isEqualTo(ActivityProgress.COMPLETED);
      assertThat(graded.score().scoreGiven()).isEqualTo(10.0);
      assertThat(graded.score().scoreMaximum()).isEqualTo(12.0);
      assertThat(graded.score().comment()).isEqualTo("Goed gedaan.");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aReviewOfAnOlderVersionIsRefusedAndWritesNothing(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(LINE_ITEM);

      assertThatThrownBy(
              () ->
                  tool.cardReviews.review(
                      COURSE,
                      COACH,
                      card.id(),
                      approving(card.version() - 1),
                      ReviewDecision.APPROVED))
          .isInstanceOf(StaleCardException.class);

      assertNothingWritten(tool, card);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anApprovalThatBreaksTheRuleWritesNothing(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(LINE_ITEM);
      ReviewForm weak =
          new ReviewForm(
              card.version(), Map.of("A", 3, "B", 1, "C", 2, "D", 2), checks(), "", Map.of());

      assertThatThrownBy(
              () ->
                  tool.cardReviews.review(COURSE, COACH, card.id(), weak, ReviewDecision.APPROVED))
          .isInstanceOf(ReviewRejectedException.class);

      assertNothingWritten(tool, card);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aCardOfAnotherCourseOrRegistrationIsNotFound(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(LINE_ITEM);
      ReviewForm form = approving(card.version());

      for (Course other :
          List.of(new Course("reg-1", "course-2"), new Course("reg-2", "course-1"))) {
        assertThatThrownBy(
                () ->
                    tool.cardReviews.review(other, COACH, card.id(), form, ReviewDecision.APPROVED))
            .isInstanceOf(NoSuchElementException.class);
        assertThat(tool.cards.findInCourse(other, card.id())).isEmpty();
        assertThat(tool.cards.findHandedIn(other, "RK3")).isEmpty();
      }
      assertNothingWritten(tool, card);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void whenTheGradeCannotBeQueuedTheReviewIsNotSavedEither(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ScoreQueue broken =
          (registration, lineItem, score) -> {
            throw new IllegalStateException("outbox down");
          };
      Tool tool = Tool.on(db, broken);
      ParticipantCard card = tool.handedIn(LINE_ITEM);

      assertThatThrownBy(
              () ->
                  tool.cardReviews.review(
                      COURSE, COACH, card.id(), approving(card.version()), ReviewDecision.APPROVED))
          .hasMessage("outbox down");

      assertNothingWritten(tool, card);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void withoutTheParticipantsLineItemTheCardIsApprovedWithoutAGrade(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(null);

      var outcome =
          tool.cardReviews.review(
              COURSE, COACH, card.id(), approving(card.version()), ReviewDecision.APPROVED);

      assertThat(outcome.gradeQueued()).isFalse();
      assertThat(outcome.card().status()).isEqualTo(CardStatus.AKKOORD);
      assertThat(tool.outboxRows.latestForCard(card.id())).isEmpty();
      assertThatThrownBy(
              () ->
                  tool.cardReviews.review(
                      COURSE,
                      COACH,
                      card.id(),
                      approving(outcome.card().version()),
                      ReviewDecision.APPROVED))
          .as("an approved card is not reviewed again")
          .isInstanceOf(NotAwaitingReviewException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theCoachOwnSubNeverGetsAGrade(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(LINE_ITEM);

      var outcome =
          tool.cardReviews.review(
              COURSE, "user-42", card.id(), approving(card.version()), ReviewDecision.APPROVED);

      assertThat(outcome.gradeQueued()).isFalse();
      assertThat(tool.outboxRows.latestForCard(card.id())).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void onlyAFailedNewestGradeIsSentAgainWithAFreshTimestamp(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      Tool tool = Tool.on(db);
      ParticipantCard card = tool.handedIn(LINE_ITEM);
      tool.cardReviews.review(
          COURSE, COACH, card.id(), approving(card.version()), ReviewDecision.APPROVED);
      OutboxScore first = tool.outboxRows.latestForCard(card.id()).orElseThrow();

      assertThat(tool.outbox.retryFailed(card.id())).as("pending, not failed").isEmpty();
      tool.outboxRows.markFailed(first.id(), "400 user is not gradable");
      Instant later = Instant.parse("2026-12-03T16:00:00Z");
      var retried =
          new ScoreOutbox(tool.outboxRows, null, null, Clock.fixed(later, ZoneOffset.UTC))
              .retryFailed(card.id());

      OutboxScore again = tool.outboxRows.find(retried.orElseThrow()).orElseThrow();
      assertThat(again.status()).isEqualTo(OutboxStatus.PENDING);
      assertThat(again.score().timestamp()).isEqualTo(later);
      assertThat(again.score().scoreGiven()).isEqualTo(first.score().scoreGiven());
      assertThat(tool.outboxRows.find(first.id()).orElseThrow().lastError())
          .isEqualTo("400 user is not gradable");
    }
  }

  private static void assertNothingWritten(Tool tool, ParticipantCard card) {
    ParticipantCard now = tool.cards.findInCourse(COURSE, card.id()).orElseThrow();
    assertThat(now.status()).isEqualTo(CardStatus.INGEDIEND);
    assertThat(now.version()).isEqualTo(card.version());
    assertThat(tool.cards.eventKinds(SAM, "RK3")).containsExactly("created", "submitted");
    assertThat(tool.reviews.history(card.id())).isEmpty();
    assertThat(tool.outboxRows.latestForCard(card.id())).isEmpty();
  }

  private static List<Boolean> checks() {
    return List.of(true, true);
  }

  private static ReviewForm approving(long version) {
    return new ReviewForm(version, GOOD, checks(), "Goed gedaan.", Map.of());
  }

  private static ReviewForm returning(long version) {
    return new ReviewForm(
        version,
        Map.of("A", 2, "B", 1, "C", 1, "D", 0),
        List.of(true, false),
        "Wat is je plan B?",
        Map.of("plan-b", "Welke stap zet je eerst?"));
  }
}
