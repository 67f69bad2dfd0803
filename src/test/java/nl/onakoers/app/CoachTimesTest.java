package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.onakoers.web.Messages;
import org.junit.jupiter.api.Test;

class CoachTimesTest {

  private static final Instant SUBMITTED = Instant.parse("2026-12-03T15:33:00Z");
  private static final Messages NL = Messages.forLanguage("nl");
  private static final Messages EN = Messages.forLanguage("en");

  @Test
  void waitingIsCountedInWholeHoursUpToTwoDays() {
    assertThat(waiting(NL, Duration.ZERO)).isEqualTo("0 uur");
    assertThat(waiting(NL, Duration.ofMinutes(59))).isEqualTo("0 uur");
    assertThat(waiting(NL, Duration.ofMinutes(60))).isEqualTo("1 uur");
    assertThat(waiting(NL, Duration.ofMinutes(179))).isEqualTo("2 uur");
    assertThat(waiting(NL, Duration.ofHours(47).plusMinutes(59))).isEqualTo("47 uur");
  }

  @Test
  void fromTwoDaysOnWaitingIsCountedInWholeDays() {
    assertThat(waiting(NL, Duration.ofHours(48))).isEqualTo("2 dagen");
    assertThat(waiting(NL, Duration.ofHours(71).plusMinutes(59))).isEqualTo("2 dagen");
    assertThat(waiting(NL, Duration.ofDays(3))).isEqualTo("3 dagen");
    assertThat(waiting(NL, Duration.ofDays(30))).isEqualTo("30 dagen");
  }

  @Test
  void englishSaysHourAndDaysAsItShould() {
    assertThat(waiting(EN, Duration.ofMinutes(20))).isEqualTo("0 hours");
    assertThat(waiting(EN, Duration.ofMinutes(90))).isEqualTo("1 hour");
    assertThat(waiting(EN, Duration.ofHours(5))).isEqualTo("5 hours");
    assertThat(waiting(EN, Duration.ofDays(4))).isEqualTo("4 days");
  }

  @Test
  void aHandInStampedAfterNowWaitsNoTime() {
    assertThat(waiting(NL, Duration.ofMinutes(-5))).isEqualTo("0 uur");
  }

  /** The waiting text read with a clock fixed {@code waited} after the hand-in. */
  private static String waiting(Messages t, Duration waited) {
    Clock clock = Clock.fixed(SUBMITTED.plus(waited), ZoneOffset.UTC);
    return CoachTimes.waiting(t, SUBMITTED, clock.instant());
  }
}
