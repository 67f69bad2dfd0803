package nl.onakoers.ona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.nrps.Member;
import nl.onakoers.lti.nrps.Roster;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.overview.ActivationSignal.Kind;
import org.junit.jupiter.api.Test;

/** The matrix from Moodle's captured roster (teacher1, student1, student2) and the tool's data. */
class GroupMatrixTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:18Z");
  private static final List<String> CARDS = List.of("RK1", "RK2", "RK3");
  private static final Roster MOODLE =
      Roster.of(
          List.of(
              member("4", "Student1 Probe", "Learner"),
              member("5", "Student2 Probe", "Learner"),
              member("3", "Teacher1 Probe", "Instructor")));

  @Test
  void aRosterMemberWithoutCardsIsListedWithEveryCardNotStarted() {
    GroupOverview overview = build(MOODLE, activity(List.of(), Map.of(), Map.of()));

    assertThat(overview.rows()).extracting(ParticipantRow::userId).containsExactly("4", "5");
    ParticipantRow student2 = overview.row("5").orElseThrow();
    assertThat(student2.inRoster()).isTrue();
    assertThat(student2.name()).isEqualTo("Student2 Probe");
    assertThat(student2.cells())
        .extracting(Cell::status)
        .containsOnly(CellStatus.NOT_STARTED)
        .hasSize(3);
    assertThat(student2.lastActivity()).isNull();
    assertThat(student2.signals())
        .extracting(ActivationSignal::kind)
        .containsExactly(Kind.NO_ACTIVITY_YET);
  }

  @Test
  void cardsFillTheirCellsAndTheLatestSaveOrStepIsTheLastActivity() {
    Instant saved = NOW.minus(Duration.ofDays(2));
    Instant stepped = NOW.minus(Duration.ofDays(1));
    CardProgress rk3 = new CardProgress("4", "RK3", CardStatus.INGEDIEND, saved, saved, 0);
    CardProgress rk1 =
        new CardProgress("4", "RK1", CardStatus.CONCEPT, NOW.minus(Duration.ofDays(5)), null, 0);

    GroupOverview overview =
        build(MOODLE, activity(List.of(rk3, rk1), Map.of("4", stepped), Map.of()));

    ParticipantRow student1 = overview.row("4").orElseThrow();
    assertThat(student1.cells())
        .extracting(Cell::cardId, Cell::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("RK1", CellStatus.CONCEPT),
            org.assertj.core.groups.Tuple.tuple("RK2", CellStatus.NOT_STARTED),
            org.assertj.core.groups.Tuple.tuple("RK3", CellStatus.INGEDIEND));
    assertThat(student1.cell("RK3").orElseThrow().waitingSince()).isEqualTo(saved);
    assertThat(student1.cell("RK1").orElseThrow().waitingSince()).isNull();
    assertThat(student1.lastActivity()).isEqualTo(stepped);
    assertThat(student1.signals()).isEmpty();
    assertThat(student1.cells()).extracting(Cell::grade).containsOnly(GradeInLms.NONE);
  }

  @Test
  void aParticipantWhoLaunchedButIsMissingFromTheRosterIsShownToo() {
    CardProgress late = new CardProgress("9", "RK2", CardStatus.CONCEPT, NOW, null, 0);
    Map<String, String> launched = new LinkedHashMap<>();
    launched.put("9", "Late Enrolment");
    launched.put("10", null);

    GroupOverview overview = build(MOODLE, activity(List.of(late), Map.of(), launched));

    assertThat(overview.rows())
        .extracting(ParticipantRow::userId)
        .containsExactly("9", "4", "5", "10");
    ParticipantRow nine = overview.row("9").orElseThrow();
    assertThat(nine.inRoster()).isFalse();
    assertThat(nine.name()).isEqualTo("Late Enrolment");
    assertThat(nine.cell("RK2").orElseThrow().status()).isEqualTo(CellStatus.CONCEPT);
    assertThat(overview.row("10").orElseThrow().name()).as("no name shared").isNull();
  }

  @Test
  void withoutARosterOnlyParticipantsWhoLaunchedOrWorkedAreListed() {
    CardProgress card = new CardProgress("4", "RK1", CardStatus.AKKOORD, NOW, NOW, 0);
    CourseActivity activity =
        activity(List.of(card), Map.of("6", NOW), Map.of("4", "Student1 Probe", "7", "Zed"));

    GroupOverview overview = build(Roster.unavailable(Roster.Availability.FAILED), activity);

    assertThat(overview.rosterUsed()).isFalse();
    assertThat(overview.rows()).extracting(ParticipantRow::userId).containsExactly("4", "7", "6");
    assertThat(overview.rows()).noneMatch(ParticipantRow::inRoster);
  }

  @Test
  void inactiveMembersAndCoachesAreLeftOutUnlessTheyHaveWork() {
    Roster roster =
        Roster.of(
            List.of(
                new Member(
                    "11", "Gone", null, null, null, "Inactive", Roles.of(List.of("Learner"))),
                new Member(
                    "12", "Left", null, null, null, "Inactive", Roles.of(List.of("Learner"))),
                member("3", "Teacher1 Probe", "Instructor")));
    CardProgress work = new CardProgress("12", "RK1", CardStatus.CONCEPT, NOW, null, 0);

    GroupOverview overview = build(roster, activity(List.of(work), Map.of(), Map.of()));

    assertThat(overview.rows()).extracting(ParticipantRow::userId).containsExactly("12");
    assertThat(overview.row("12").orElseThrow().inRoster()).isTrue();
  }

  @Test
  void aRosterMemberWithoutANameGetsTheNameFromTheLaunchOrTheNameParts() {
    Roster roster =
        Roster.of(
            List.of(
                new Member("20", null, "Ada", "Lovelace", null, null, Roles.of(List.of("Learner"))),
                new Member("21", null, null, null, null, null, Roles.of(List.of("Learner")))));

    GroupOverview overview =
        build(roster, activity(List.of(), Map.of(), Map.of("21", "From Launch")));

    assertThat(overview.row("20").orElseThrow().name()).isEqualTo("Ada Lovelace");
    assertThat(overview.row("21").orElseThrow().name()).isEqualTo("From Launch");
  }

  private static GroupOverview build(Roster roster, CourseActivity activity) {
    return GroupMatrix.build(roster, activity, CARDS, NOW, SignalThresholds.DEFAULTS);
  }

  private static CourseActivity activity(
      List<CardProgress> cards, Map<String, Instant> steps, Map<String, String> launched) {
    return new CourseActivity(cards, steps, launched);
  }

  private static Member member(String id, String name, String role) {
    return new Member(id, name, null, null, null, "Active", Roles.of(List.of(role)));
  }
}
