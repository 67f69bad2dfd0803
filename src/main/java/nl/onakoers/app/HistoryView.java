package nl.onakoers.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.onakoers.ona.card.CardHistoryEvent;
import nl.onakoers.web.Messages;

/**
 * The card's history as the card page shows it: oldest first, each event in plain words with its
 * date and time in the Netherlands. A kind without its own text (added by a later feature) is shown
 * as a general change rather than breaking the page.
 */
public record HistoryView(Messages t, List<CardHistoryEvent> events) {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  public HistoryView {
    events = List.copyOf(events);
  }

  public String text(CardHistoryEvent event) {
    String key = "history.kind." + event.kind();
    return event.kind().matches("[a-z_-]{1,16}") && t.has(key)
        ? t.get(key)
        : t.get("history.kind.other");
  }

  public String date(CardHistoryEvent event) {
    Locale locale = t.isDutch() ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    return DateTimeFormatter.ofPattern(t.get("history.date"), locale)
        .format(event.at().atZone(NETHERLANDS));
  }

  /** The machine-readable time for {@code <time datetime>}. */
  public String iso(CardHistoryEvent event) {
    return event.at().toString();
  }
}
