package nl.onakoers.app;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.onakoers.ona.overview.ActivationSignal;
import nl.onakoers.ona.overview.ParticipantRow;
import nl.onakoers.web.Messages;
import nl.onakoers.web.QueryString;

/** Shared wording of the coach's overview pages: names, dates, signals and links. */
final class CoachFormat {

  /** ONA is a Dutch programme: dates are shown as they fall in the Netherlands. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final Messages t;
  private final String token;
  private final DateTimeFormatter dates;

  CoachFormat(Messages t, String token) {
    this.t = t;
    this.token = token;
    this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag(t.language()));
  }

  String name(ParticipantRow row) {
    return row.name() != null ? row.name() : t.get("overview.noname", row.userId());
  }

  /** A date, or the text for "never". */
  String date(Instant instant) {
    return instant == null ? t.get("overview.never") : dates.format(instant.atZone(ZONE));
  }

  String signal(ActivationSignal signal) {
    return t.get(
        signal.messageKey(), signal.amount(), signal.cardId() == null ? "" : signal.cardId());
  }

  String overviewUrl() {
    return "/app/overview?" + QueryString.of(Map.of("s", token));
  }

  /** The coach's list of the course's handed-in cards of one kind (RK1–RK9). */
  String handedInUrl(String cardId) {
    return "/app/c/cards/" + cardId + "?" + QueryString.of(Map.of("s", token));
  }

  String participantUrl(ParticipantRow row) {
    return "/app/overview/participant?" + QueryString.of(orderedQuery(row.userId()));
  }

  private Map<String, String> orderedQuery(String userId) {
    var query = new java.util.LinkedHashMap<String, String>();
    query.put("s", token);
    query.put("user", userId);
    return query;
  }
}
