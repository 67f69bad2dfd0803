package nl.onakoers.app;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.onakoers.web.Messages;

/** Times on coach pages: Dutch time of day, and waiting times in hours or days. */
final class CoachTimes {

  // TODO [time zone] the platform does not tell the coach's time zone; ONA runs in the Netherlands.
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d-M-uuuu HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

  private CoachTimes() {}

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  static String waiting(Messages t, Instant since, Instant now) {
    long hours = Math.max(0, Duration.between(since, now).toHours());
    return hours < 48
        ? t.get("coach.waiting.hours", hours)
        : t.get("coach.waiting.days", hours / 24);
  }
}
