package nl.onakoers.ona.overview;

import java.util.Locale;

/**
 * Whether a card's newest grade reached the LMS gradebook, read from the score outbox.
 *
 * <p>{@link #NONE} when the tool never queued a grade for the card (not handed in, or a link
 * without a grade column): the page then shows nothing, so no cell claims what nobody sent.
 */
public enum GradeInLms {
  NONE,
  WAITING,
  DELIVERED,
  FAILED;

  /** From the outbox row status ({@code pending}, {@code sent}, {@code failed}). */
  public static GradeInLms ofOutboxStatus(String status) {
    return switch (status) {
      case "sent" -> DELIVERED;
      case "failed" -> FAILED;
      default -> WAITING;
    };
  }

  /** The catalogue key of the words the coach sees; none for {@link #NONE}. */
  public String messageKey() {
    return "overview.grade." + name().toLowerCase(Locale.ROOT);
  }
}
