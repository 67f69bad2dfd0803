package nl.onakoers.ona.card;

import java.util.Locale;

/** Where a card is in its life: {@code concept -> ingediend -> feedback -> herzien -> akkoord}. */
public enum CardStatus {
  CONCEPT,
  INGEDIEND,
  FEEDBACK,
  HERZIEN,
  AKKOORD;

  /** The catalogue key of the status name shown to people. */
  public String messageKey() {
    return "card.status." + name().toLowerCase(Locale.ROOT);
  }

  /** Whether the participant may still change the answers. */
  public boolean editable() {
    return this == CONCEPT || this == FEEDBACK || this == HERZIEN;
  }
}
