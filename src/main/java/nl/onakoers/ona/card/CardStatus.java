package nl.onakoers.ona.card;

import java.util.Locale;

/**
 * Where a card is in its life: {@code concept -> ingediend -> feedback -> herzien -> akkoord}.
 *
 * <p>{@code herzien} means "revised and handed in again": a participant edits a returned card while
 * it is in {@code feedback} and resubmits it, which makes it {@code herzien} (event {@code
 * revised}) and puts it before the coach again. A coach may return it once more or approve it.
 */
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

  /** Whether the participant may still change the answers: a draft, or a returned card. */
  public boolean editable() {
    return this == CONCEPT || this == FEEDBACK;
  }

  /** Whether the card waits for a coach's review: handed in, first time or after revision. */
  public boolean reviewable() {
    return this == INGEDIEND || this == HERZIEN;
  }

  /** The status a submission leads to: a returned card comes back as revised. */
  public CardStatus afterSubmission() {
    return this == FEEDBACK ? HERZIEN : INGEDIEND;
  }
}
