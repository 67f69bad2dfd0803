package nl.onakoers.ona.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.card.infrastructure.JpaStepProgressRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drafts, conflicts, submissions and ownership of result cards, on H2 and on PostgreSQL. */
class ResultCardsTest {

  private static final Module M3 = ContentCatalog.fromClasspath().module("M3").orElseThrow();
  private static final CardOwner SAM = new CardOwner("reg-1", "course-1", "user-42");
  private static final String RIGHT_TO_LEFT = "مرحبا";
  private static final String EMOJI = "👩🏽‍🔧";
  private static final String HOSTILE =
      "<script>alert(1)</script><img src=x onerror=alert(2)> "
          + RIGHT_TO_LEFT
          + " "
          + EMOJI
          + " "
          + "x".repeat(150);

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  private static ResultCards cards(Database db) {
    Clock clock = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);
    return new ResultCards(new JpaParticipantCardRepository(db), clock);
  }

  private static Answers answers(String... keyValues) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.computeIfAbsent(keyValues[i], k -> new java.util.ArrayList<>()).add(keyValues[i + 1]);
    }
    return new Answers(values);
  }

  private static Answers complete(String occupation) {
    return TestAnswers.completeRk3(occupation);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aDraftIsSavedAndFoundAgainWithItsContentVersion(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ResultCards cards = cards(db);

      ParticipantCard saved = cards.saveDraft(SAM, M3, answers("wensberoep", HOSTILE), 0);

      ParticipantCard reopened = cards.open(SAM, M3);
      assertThat(saved.version()).isEqualTo(1);
      assertThat(reopened.answers().value("wensberoep")).isEqualTo(HOSTILE);
      assertThat(reopened.contentVersion()).isEqualTo(M3.contentVersion());
      assertThat(reopened.status()).isEqualTo(CardStatus.CONCEPT);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aSaveFromAnOlderPageIsRefusedAndChangesNothing(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ResultCards cards = cards(db);
      cards.saveDraft(SAM, M3, answers("wensberoep", "Kok"), 0);
      cards.saveDraft(SAM, M3, answers("wensberoep", "Kok in een hotel"), 1);

      assertThatThrownBy(() -> cards.saveDraft(SAM, M3, answers("wensberoep", "Bakker"), 1))
          .isInstanceOf(StaleCardException.class);

      assertThat(cards.open(SAM, M3).answers().value("wensberoep")).isEqualTo("Kok in een hotel");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void otherParticipantsCoursesAndPlatformsNeverSeeOrChangeTheCard(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ResultCards cards = cards(db);
      cards.saveDraft(SAM, M3, answers("wensberoep", "Monteur"), 0);
      List<CardOwner> others =
          List.of(
              new CardOwner("reg-1", "course-1", "user-43"),
              new CardOwner("reg-1", "course-2", "user-42"),
              new CardOwner("reg-2", "course-1", "user-42"),
              new CardOwner("reg-1", null, "user-42"));

      for (CardOwner other : others) {
        assertThat(cards.open(other, M3).stored()).as(other.toString()).isFalse();
        assertThatThrownBy(() -> cards.saveDraft(other, M3, answers("wensberoep", "X"), 1))
            .as(other.toString())
            .isInstanceOf(StaleCardException.class);
      }

      assertThat(cards.open(SAM, M3).answers().value("wensberoep")).isEqualTo("Monteur");
      assertThat(cards.open(SAM, M3).version()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void submittingACompleteCardRecordsTheSubmittedEvent(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ResultCards cards = cards(db);
      var repository = new JpaParticipantCardRepository(db);

      var submission = cards.submit(SAM, M3, complete("Monteur zonnepanelen"), 0, false);

      assertThat(submission.submitted()).isTrue();
      assertThat(submission.card().status()).isEqualTo(CardStatus.INGEDIEND);
      assertThat(repository.eventKinds(SAM, "RK3"))
          .containsExactly(CardHistoryEvent.CREATED, ResultCards.SUBMITTED);
      assertThatThrownBy(() -> cards.saveDraft(SAM, M3, complete("X"), 1))
          .isInstanceOf(CardNotEditableException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void missingAnswersKeepTheCardAConceptWithAnErrorPerField(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ResultCards cards = cards(db);

      var submission = cards.submit(SAM, M3, answers("wensberoep", "Monteur"), 0, true);

      assertThat(submission.submitted()).isFalse();
      assertThat(submission.card().status()).isEqualTo(CardStatus.CONCEPT);
      assertThat(submission.findings())
          .filteredOn(CardFinding::error)
          .extracting(CardFinding::fieldId)
          .contains("sector", "betaald", "taken", "eisen", "zeker")
          .doesNotContain("wensberoep");
      assertThat(new JpaParticipantCardRepository(db).eventKinds(SAM, "RK3"))
          .containsExactly(CardHistoryEvent.CREATED);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theHistoryListsTheFirstSaveAndTheSubmissionOldestFirstForItsOwnerOnly(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      var repository = new JpaParticipantCardRepository(db);
      Instant first = Instant.parse("2025-05-01T10:00:00Z");
      Instant later = Instant.parse("2025-05-02T09:30:00Z");
      new ResultCards(repository, Clock.fixed(first, ZoneOffset.UTC))
          .saveDraft(SAM, M3, answers("wensberoep", "Kok"), 0);
      new ResultCards(repository, Clock.fixed(later, ZoneOffset.UTC))
          .submit(SAM, M3, complete("Kok"), 1, true);

      assertThat(repository.history(SAM, "RK3"))
          .containsExactly(
              new CardHistoryEvent(CardHistoryEvent.CREATED, first),
              new CardHistoryEvent(ResultCards.SUBMITTED, later));
      assertThat(repository.history(new CardOwner("reg-1", "course-1", "user-43"), "RK3"))
          .isEmpty();
      assertThat(repository.history(new CardOwner("reg-2", "course-1", "user-42"), "RK3"))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void vacanciesThatMissTheWensberoepOfRk3AreAWarningOnSubmit(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      ResultCards cards = cards(db);
      Module m4 = ContentCatalog.fromClasspath().module("M4").orElseThrow();
      cards.saveDraft(SAM, M3, answers("wensberoep", "Monteur zonnepanelen"), 0);
      Answers vacancies =
          answers(
              "vacatures", "2",
              "vacatures.0.titel", "Monteur zonnepanelen",
              "vacatures.1.titel", "Chauffeur");

      var submission = cards.submit(SAM, m4, vacancies, 0, false);
      var otherCourse =
          cards.submit(new CardOwner("reg-1", "course-2", "user-42"), m4, vacancies, 0, false);

      assertThat(submission.findings())
          .filteredOn(f -> f.messageKey().equals("evidence.check.wensberoep"))
          .extracting(CardFinding::key, CardFinding::error)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("vacatures.1.titel", false));
      assertThat(otherCourse.findings())
          .as("the wensberoep of another course is not read")
          .extracting(CardFinding::messageKey)
          .doesNotContain("evidence.check.wensberoep");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void stepsMarkedDoneAreCountedPerOwner(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      var steps = new JpaStepProgressRepository(db);
      Instant now = Instant.parse("2025-05-01T10:00:00Z");

      steps.mark(SAM, "M3", "kiezen", true, now);
      steps.mark(SAM, "M3", "werkdag", true, now);
      steps.mark(SAM, "M3", "werkdag", false, now);
      steps.mark(SAM, "M3", "kiezen", true, now);

      assertThat(steps.doneSteps(SAM, "M3")).containsExactly("kiezen");
      assertThat(steps.doneCounts(SAM)).containsEntry("M3", 1);
      assertThat(steps.doneCounts(new CardOwner("reg-1", "course-1", "user-43"))).isEmpty();
    }
  }
}
