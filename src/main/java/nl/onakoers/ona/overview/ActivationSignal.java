package nl.onakoers.ona.overview;

import java.util.Locale;

/**
 * Something the coach should talk about with a participant, with the reason in numbers.
 *
 * @param kind what it is
 * @param cardId the card it is about, or {@code null} for the participant as a whole
 * @param amount days idle or waiting, or times returned; 0 for {@link Kind#NO_ACTIVITY_YET}
 */
public record ActivationSignal(Kind kind, String cardId, long amount) {

  /** The signals, in the order they are shown. */
  public enum Kind {
    /** Listed in the course but never saved a card or marked a step. */
    NO_ACTIVITY_YET,
    /** Nothing saved or marked for the idle threshold. */
    IDLE,
    /** A card sent back more often than the limit. */
    RETURNED_OFTEN,
    /** A submitted card the coach has not answered within the waiting threshold. */
    WAITING_FOR_COACH,
    /** A card lists vacancies that do not name the wensberoep of the participant's RK3. */
    OFF_WENSBEROEP
  }

  /** The catalogue key of the badge text; its arguments are {@code amount} and {@code cardId}. */
  public String messageKey() {
    return "overview.signal." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
