package nl.onakoers.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.ags.ScoreOutbox;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.infrastructure.JpaLaunchSessionRepository;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.TestAnswers;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.card.infrastructure.JpaStepProgressRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.evidence.EvidenceUploads;
import nl.onakoers.ona.evidence.infrastructure.JpaEvidenceRepository;
import nl.onakoers.ona.review.CardReviews;
import nl.onakoers.ona.review.ReviewDecision;
import nl.onakoers.ona.review.ReviewForm;
import nl.onakoers.ona.review.infrastructure.JpaReviewRepository;
import nl.onakoers.privacy.infrastructure.JpaPersonalDataRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export and erasure of one person's data, on H2 and PostgreSQL. Sam (a participant) has a reviewed
 * RK3, an upload on RK7, a step done, grades and a session; Lina is in the same course and Sam's
 * namesake "user-42" is on another platform: neither may be touched.
 */
class JpaPersonalDataRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ContentCatalog CONTENT = ContentCatalog.fromClasspath();
  private static final Module M3 = CONTENT.module("M3").orElseThrow();
  private static final Module M7 = CONTENT.module("M7").orElseThrow();
  private static final CardOwner SAM = new CardOwner("reg-1", "course-1", "user-42");
  private static final CardOwner LINA = new CardOwner("reg-1", "course-1", "user-43");
  private static final CardOwner OTHER_PLATFORM = new CardOwner("reg-2", "course-1", "user-42");
  private static final String COACH = "coach-7";
  private static final String LINE_ITEM = "https://lms.example/lineitems/3/lineitem";
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theExportHoldsEverythingStoredAboutThePersonAndNothingOfOthers(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      var repository = new JpaPersonalDataRepository(db, CLOCK);
      givenSamLinaAndANamesake(db);

      Map<String, Object> export = repository.export(person(SAM)).orElseThrow();

      assertThat(export).containsEntry("userId", "user-42");
      assertThat(list(export, "launches"))
          .singleElement()
          .satisfies(launch -> assertThat(launch).containsEntry("name", "Sam Student"));
      assertThat(list(export, "cards")).hasSize(2);
      Map<String, Object> rk3 = card(export, "RK3");
      assertThat(rk3).containsEntry("status", "akkoord");
      assertThat(rk3.get("answers").toString()).contains("Monteur zonnepanelen");
      assertThat(list(rk3, "events")).isNotEmpty();
      assertThat(list(rk3, "reviews"))
          .singleElement()
          .satisfies(review -> assertThat(review).containsEntry("feedback", "Goed gedaan."));
      assertThat(list(rk3, "reviews").toString()).doesNotContain(COACH);
      Map<String, Object> rk7 = card(export, "RK7");
      String stored = (String) list(rk7, "evidence").get(0).get("contentBase64");
      assertThat(Base64.getDecoder().decode(stored)).isEqualTo(PNG);
      assertThat(list(export, "stepsDone")).hasSize(1);
      assertThat(list(export, "grades")).isNotEmpty();
      assertThat(export.toString()).doesNotContain("Lina").doesNotContain("Namesake");
      assertThat(JSONObjectUtils.toJSONString(export)).contains("\"wensberoep\":[\"Monteur");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void erasingRemovesEveryTraceOfThePersonAndKeepsOthersWhole(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      var repository = new JpaPersonalDataRepository(db, CLOCK);
      givenSamLinaAndANamesake(db);
      Map<String, Object> linaBefore = repository.export(person(LINA)).orElseThrow();
      Map<String, Object> namesakeBefore = repository.export(person(OTHER_PLATFORM)).orElseThrow();

      Erasure erased = repository.erase(person(SAM));

      assertThat(erased.cards()).isEqualTo(2);
      assertThat(erased.evidenceFiles()).isEqualTo(1);
      assertThat(erased.reviewsOfTheirCards()).isEqualTo(1);
      assertThat(erased.stepsDone()).isEqualTo(1);
      assertThat(erased.sessions()).isEqualTo(1);
      assertThat(erased.grades()).isPositive();
      assertThat(repository.export(person(SAM))).isEmpty();
      assertThat(repository.erase(person(SAM)).nothing()).isTrue();
      assertThat(repository.export(person(LINA))).contains(linaBefore);
      assertThat(repository.export(person(OTHER_PLATFORM))).contains(namesakeBefore);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aCoachsErasureKeepsTheReviewsTheyWroteWithoutTheirId(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      var repository = new JpaPersonalDataRepository(db, CLOCK);
      givenSamLinaAndANamesake(db);
      Person coach = new Person("reg-1", COACH);
      assertThat(list(repository.export(coach).orElseThrow(), "reviewsWritten")).hasSize(1);

      Erasure erased = repository.erase(coach);

      assertThat(erased.reviewsTheyWrote()).isEqualTo(1);
      assertThat(repository.export(coach)).isEmpty();
      Map<String, Object> rk3 = card(repository.export(person(SAM)).orElseThrow(), "RK3");
      assertThat(list(rk3, "reviews")).hasSize(1);
    }
  }

  private static void givenSamLinaAndANamesake(Database db) {
    var cards = new JpaParticipantCardRepository(db);
    var resultCards = new ResultCards(cards, CLOCK);
    var outbox = new ScoreOutbox(new JpaScoreOutboxRepository(db), null, null, CLOCK);
    var reviews = new CardReviews(cards, new JpaReviewRepository(db), CONTENT, outbox, db, CLOCK);
    var uploads =
        new EvidenceUploads(new JpaEvidenceRepository(db), new Settings(key -> null), CLOCK);
    var steps = new JpaStepProgressRepository(db);
    var sessions = new JpaLaunchSessionRepository(db);

    ParticipantCard handedIn =
        resultCards
            .submit(SAM, M3, TestAnswers.completeRk3("Monteur zonnepanelen"), 0, true, LINE_ITEM)
            .card();
    reviews.review(
        new Course("reg-1", "course-1"),
        COACH,
        handedIn.id(),
        new ReviewForm(
            handedIn.version(),
            Map.of("A", 3, "B", 2, "C", 2, "D", 3),
            List.of(true, true),
            "Goed gedaan.",
            Map.of()),
        ReviewDecision.APPROVED);
    ParticipantCard rk7 = resultCards.saveDraft(SAM, M7, Answers.none(), 0);
    uploads.store(rk7, M7.card(), "cv", "mijn-cv.png", PNG);
    steps.mark(SAM, "M3", "kiezen", true, NOW);
    sessions.add(session("s-sam", SAM, "Sam Student"));

    resultCards.saveDraft(LINA, M3, answer("Kok"), 0);
    steps.mark(LINA, "M3", "kiezen", true, NOW);
    sessions.add(session("s-lina", LINA, "Lina Learner"));
    resultCards.saveDraft(OTHER_PLATFORM, M3, answer("Bakker"), 0);
    sessions.add(session("s-namesake", OTHER_PLATFORM, "Namesake Elsewhere"));
  }

  private static LaunchSession session(String id, CardOwner owner, String name) {
    return new LaunchSession(
        id,
        owner.registrationId(),
        "deployment-1",
        owner.userId(),
        name,
        null,
        owner.contextId(),
        "Groep 1",
        "link-1",
        "LtiResourceLinkRequest",
        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
        false,
        false,
        Map.of(),
        Map.of(),
        null,
        "nl",
        NOW,
        NOW.plusSeconds(3600));
  }

  private static Person person(CardOwner owner) {
    return new Person(owner.registrationId(), owner.userId());
  }

  private static Map<String, Object> card(Map<String, Object> export, String cardId) {
    return list(export, "cards").stream()
        .filter(c -> c.get("card").equals(cardId))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> object, String member) {
    return (List<Map<String, Object>>) object.get(member);
  }

  private static Answers answer(String wensberoep) {
    return new Answers(Map.of("wensberoep", List.of(wensberoep)));
  }
}
