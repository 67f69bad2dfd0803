package nl.onakoers.ona.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.review.infrastructure.JpaReviewRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The card_review table on H2 and PostgreSQL. */
class JpaReviewRepositoryTest {

  private static final Instant AT = Instant.parse("2026-12-03T15:33:05.123Z");
  private static final String HOSTILE =
      "<script>alert(1)</script> \"x\" " + "مساعد 👩🏽‍🔧" + "\nline two";

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyReviewIsKeptAndReadBackWithAllItsParts(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      String cardRowId = storedCard(db);
      var repository = new JpaReviewRepository(db);
      Review first =
          review(cardRowId, 1, ReviewDecision.RETURNED, AT, Map.of("A", 1, "B", 0), "Waarom?");
      Review second =
          review(
              cardRowId,
              3,
              ReviewDecision.APPROVED,
              AT.plusSeconds(3600),
              Map.of("A", 3, "B", 2),
              HOSTILE);

      repository.add(first);
      repository.add(second);

      assertThat(repository.history(cardRowId)).containsExactly(second, first);
      assertThat(repository.latest(cardRowId)).contains(second);
      assertThat(repository.history("other-card")).isEmpty();
    }
  }

  private static Review review(
      String cardRowId,
      long version,
      ReviewDecision decision,
      Instant at,
      Map<String, Integer> levels,
      String text) {
    return new Review(
        java.util.UUID.randomUUID().toString(),
        cardRowId,
        version,
        "coach-7",
        decision,
        levels,
        List.of(true, false),
        text,
        Map.of("plan-b", text, "waarom", "Wie kan je helpen?"),
        levels.values().stream().mapToInt(Integer::intValue).sum(),
        6,
        at);
  }

  /** card_review refers to participant_card, so a review needs a stored card. */
  private static String storedCard(Database db) {
    var cards =
        new ResultCards(new JpaParticipantCardRepository(db), Clock.fixed(AT, ZoneOffset.UTC));
    var m3 = ContentCatalog.fromClasspath().module("M3").orElseThrow();
    ParticipantCard card =
        cards.saveDraft(new CardOwner("reg-1", "course-1", "user-42"), m3, Answers.none(), 0);
    return card.id();
  }
}
