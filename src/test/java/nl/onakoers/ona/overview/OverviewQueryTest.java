package nl.onakoers.ona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewQueryTest {

  private static final List<String> CARDS = List.of("RK1", "RK2");
  private static final Instant EARLY = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant LATE = Instant.parse("2026-12-01T10:00:00Z");

  private final ParticipantRow anna =
      row("1", "anna", LATE, List.of(), CellStatus.INGEDIEND, CellStatus.CONCEPT);
  private final ParticipantRow bram =
      row("2", "Bram", EARLY, List.of(idle(), idle()), CellStatus.CONCEPT, CellStatus.INGEDIEND);
  private final ParticipantRow noName =
      row("3", null, null, List.of(idle()), CellStatus.NOT_STARTED, CellStatus.NOT_STARTED);
  private final List<ParticipantRow> rows = List.of(noName, bram, anna);

  @Test
  void everythingByNameIsTheDefaultAndWhatUnknownValuesGive() {
    OverviewQuery query = OverviewQuery.parse("bogus", "RK99", "maybe", "height", CARDS);

    assertThat(query).isEqualTo(OverviewQuery.everything());
    assertThat(query.apply(rows)).containsExactly(anna, bram, noName);
    assertThat(query.filtered()).isFalse();
  }

  @Test
  void aStatusFilterKeepsParticipantsWithACardInThatStatus() {
    assertThat(OverviewQuery.parse("ingediend", null, null, null, CARDS).apply(rows))
        .containsExactly(anna, bram);
    assertThat(OverviewQuery.parse("new", null, null, null, CARDS).apply(rows))
        .containsExactly(noName);
  }

  @Test
  void aCardNarrowsTheStatusFilterToThatCard() {
    OverviewQuery query = OverviewQuery.parse("ingediend", "RK2", null, null, CARDS);

    assertThat(query.cardId()).isEqualTo(Optional.of("RK2"));
    assertThat(query.apply(rows)).containsExactly(bram);
  }

  @Test
  void signalsOnlyHidesParticipantsWithoutSignals() {
    assertThat(OverviewQuery.parse(null, null, "yes", null, CARDS).apply(rows))
        .containsExactly(bram, noName);
  }

  @Test
  void sortingByActivityPutsNeverActiveFirstThenTheLongestIdle() {
    assertThat(OverviewQuery.parse(null, null, null, "activity", CARDS).apply(rows))
        .containsExactly(noName, bram, anna);
  }

  @Test
  void sortingBySignalsPutsTheMostSignalsFirst() {
    assertThat(OverviewQuery.parse(null, null, null, "signals", CARDS).apply(rows))
        .containsExactly(bram, noName, anna);
  }

  private static ActivationSignal idle() {
    return new ActivationSignal(ActivationSignal.Kind.IDLE, null, 20);
  }

  private static ParticipantRow row(
      String id,
      String name,
      Instant last,
      List<ActivationSignal> signals,
      CellStatus rk1,
      CellStatus rk2) {
    return new ParticipantRow(
        id, name, true, last, List.of(cell("RK1", rk1), cell("RK2", rk2)), signals);
  }

  private static Cell cell(String cardId, CellStatus status) {
    return new Cell(cardId, status, null, null, 0, GradeInLms.NONE);
  }
}
