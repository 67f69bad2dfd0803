package nl.onakoers.ona.overview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.onakoers.ona.card.CardStatus;

/** A cell of the overview: a card's status, or {@link #NOT_STARTED} when nothing is saved. */
public enum CellStatus {
  NOT_STARTED("new"),
  CONCEPT("concept"),
  INGEDIEND("ingediend"),
  FEEDBACK("feedback"),
  HERZIEN("herzien"),
  AKKOORD("akkoord");

  private final String id;

  CellStatus(String id) {
    this.id = id;
  }

  public static CellStatus of(CardStatus status) {
    return valueOf(status.name());
  }

  /** The status for a filter value such as {@code ingediend}; empty when unknown. */
  public static Optional<CellStatus> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
  }

  /** The value in URLs and CSS classes. */
  public String id() {
    return id;
  }

  /** The catalogue key of the status name; the card pages use the same words. */
  public String messageKey() {
    return "card.status." + id;
  }
}
