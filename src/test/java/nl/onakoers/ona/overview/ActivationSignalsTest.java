package nl.onakoers.ona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.ona.overview.ActivationSignal.Kind;
import nl.onakoers.web.Messages;
import org.junit.jupiter.api.Test;

/** The signals against a fixed clock, right at and just before each threshold. */
class ActivationSignalsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:18Z");
  private static final SignalThresholds DEFAULTS = SignalThresholds.DEFAULTS;

  @Test
  void someoneWhoNeverDidAnythingHasNotStarted() {
    assertThat(ActivationSignals.of(null, List.of(Cell.notStarted("RK1")), NOW, DEFAULTS))
        .containsExactly(new ActivationSignal(Kind.NO_ACTIVITY_YET, null, 0));
  }

  @Test
  void idleFromFourteenDaysWithoutActivity() {
    Instant justUnder = NOW.minus(Duration.ofDays(14)).plusSeconds(1);
    Instant exactly = NOW.minus(Duration.ofDays(14));
    Instant longAgo = NOW.minus(Duration.ofDays(30));

    assertThat(ActivationSignals.of(justUnder, List.of(), NOW, DEFAULTS)).isEmpty();
    assertThat(ActivationSignals.of(exactly, List.of(), NOW, DEFAULTS))
        .containsExactly(new ActivationSignal(Kind.IDLE, null, 14));
    assertThat(ActivationSignals.of(longAgo, List.of(), NOW, DEFAULTS))
        .containsExactly(new ActivationSignal(Kind.IDLE, null, 30));
  }

  @Test
  void aCardReturnedMoreThanTwiceIsMarked() {
    List<Cell> cells = List.of(returned("RK2", 2), returned("RK3", 3));

    assertThat(ActivationSignals.of(NOW, cells, NOW, DEFAULTS))
        .containsExactly(new ActivationSignal(Kind.RETURNED_OFTEN, "RK3", 3));
  }

  @Test
  void aCardWaitingSevenDaysForTheCoachIsMarked() {
    List<Cell> cells =
        List.of(
            waiting("RK1", NOW.minus(Duration.ofDays(7)).plusSeconds(1)),
            waiting("RK4", NOW.minus(Duration.ofDays(7))),
            waiting("RK5", NOW.minus(Duration.ofDays(9))));

    assertThat(ActivationSignals.of(NOW, cells, NOW, DEFAULTS))
        .containsExactly(
            new ActivationSignal(Kind.WAITING_FOR_COACH, "RK4", 7),
            new ActivationSignal(Kind.WAITING_FOR_COACH, "RK5", 9));
  }

  @Test
  void thresholdsComeFromTheSettings() {
    var settings =
        new Settings(
            Map.of(
                    "ona.overview.idle.days", "3",
                    "ona.overview.returned.limit", "0",
                    "ona.overview.waiting.days", "1")
                ::get);
    SignalThresholds thresholds = SignalThresholds.from(settings);
    List<Cell> cells = List.of(returned("RK2", 1), waiting("RK3", NOW.minus(Duration.ofDays(1))));

    assertThat(ActivationSignals.of(NOW.minus(Duration.ofDays(3)), cells, NOW, thresholds))
        .extracting(ActivationSignal::kind)
        .containsExactly(Kind.IDLE, Kind.RETURNED_OFTEN, Kind.WAITING_FOR_COACH);
    assertThat(SignalThresholds.from(new Settings(k -> null))).isEqualTo(SignalThresholds.DEFAULTS);
  }

  @Test
  void eachSignalHasABadgeTextInBothLanguages() {
    for (Kind kind : Kind.values()) {
      String key = new ActivationSignal(kind, "RK3", 9).messageKey();
      for (String language : List.of("nl", "en")) {
        Messages t = Messages.forLanguage(language);
        assertThat(t.has(key)).as(key + " in " + language).isTrue();
      }
    }
    Messages nl = Messages.forLanguage("nl");
    assertThat(nl.get("overview.signal.waiting-for-coach", 9L, "RK3"))
        .isEqualTo("RK3 wacht 9 dagen op jou");
    assertThat(nl.get("overview.signal.idle", 1L, "")).isEqualTo("1 dag niets gedaan");
  }

  private static Cell returned(String cardId, int times) {
    return new Cell(cardId, CellStatus.FEEDBACK, NOW, null, times, GradeInLms.NONE);
  }

  private static Cell waiting(String cardId, Instant since) {
    return new Cell(cardId, CellStatus.INGEDIEND, since, since, 0, GradeInLms.NONE);
  }
}
