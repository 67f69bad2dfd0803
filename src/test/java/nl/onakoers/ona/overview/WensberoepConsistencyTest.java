package nl.onakoers.ona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.overview.ActivationSignal.Kind;
import nl.onakoers.ona.overview.infrastructure.JpaCourseActivityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overview's "not about one wensberoep" signal, from stored cards of one course. */
class WensberoepConsistencyTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:18Z");

  private final Database database = TestDatabases.open(DatabaseKind.H2);
  private final JpaParticipantCardRepository cards = new JpaParticipantCardRepository(database);

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aVacancyAboutAnotherJobIsSignalledAndOneAboutTheWensberoepIsNot() {
    CardOwner sam = new CardOwner("reg-1", "2", "4");
    CardOwner lina = new CardOwner("reg-1", "2", "5");
    save(sam, "RK3", Map.of("wensberoep", List.of("Monteur zonnepanelen")));
    save(sam, "RK7", Map.of("vacature", List.of("Kapper bij Salon Anna")));
    save(lina, "RK3", Map.of("wensberoep", List.of("Helpende zorg")));
    save(lina, "RK7", Map.of("vacature", List.of("Helpende Zorg bij Zorggroep Oost")));
    // Another course: the same user with a vacancy about another job must not leak in.
    save(new CardOwner("reg-1", "other", "5"), "RK7", Map.of("vacature", List.of("Kapper")));

    CourseActivity activity = new JpaCourseActivityRepository(database).activity("reg-1", "2", NOW);
    Map<String, Set<String>> off =
        WensberoepConsistency.offWensberoep("reg-1", "2", activity, cards);

    assertThat(off).isEqualTo(Map.of("4", Set.of("RK7")));
  }

  @Test
  void withoutAWensberoepThereIsNothingToCompare() {
    CardOwner sam = new CardOwner("reg-1", "2", "4");
    save(sam, "RK7", Map.of("vacature", List.of("Kapper bij Salon Anna")));

    CourseActivity activity = new JpaCourseActivityRepository(database).activity("reg-1", "2", NOW);

    assertThat(WensberoepConsistency.offWensberoep("reg-1", "2", activity, cards)).isEmpty();
  }

  @Test
  void theSignalNamesTheCard() {
    List<Cell> cells = List.of(Cell.notStarted("RK3"), Cell.notStarted("RK7"));

    List<ActivationSignal> signals =
        ActivationSignals.of(NOW, cells, Set.of("RK7"), NOW, SignalThresholds.DEFAULTS);

    assertThat(signals).containsExactly(new ActivationSignal(Kind.OFF_WENSBEROEP, "RK7", 0));
  }

  private void save(CardOwner owner, String cardId, Map<String, List<String>> values) {
    ParticipantCard blank = ParticipantCard.blank(owner, cardId, "2025.1");
    ParticipantCard filled =
        new ParticipantCard(
            blank.id(),
            owner,
            cardId,
            blank.contentVersion(),
            CardStatus.CONCEPT,
            new Answers(values),
            0,
            NOW,
            null,
            null);
    cards.save(filled, 0, null, NOW);
  }
}
