package nl.onakoers.ona.card;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant's copy of a result card.
 *
 * @param id the row's own id
 * @param owner whose card it is
 * @param cardId RK1–RK9
 * @param contentVersion the version of the content the answers were written against
 * @param status where the card is in its life
 * @param answers what the participant wrote
 * @param version counts every save; a save must name the version it started from
 * @param updatedAt the last save
 * @param submittedAt the last submission, or {@code null}
 * @param lineItemUrl the line item of the participant's launch at the last submission, where the
 *     grade goes; {@code null} when that launch named none
 */
public record ParticipantCard(
    String id,
    CardOwner owner,
    String cardId,
    String contentVersion,
    CardStatus status,
    Answers answers,
    long version,
    Instant updatedAt,
    Instant submittedAt,
    String lineItemUrl) {

  public ParticipantCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(answers, "answers");
  }

  /** A card nobody has saved yet; version 0 means "not stored". */
  public static ParticipantCard blank(CardOwner owner, String cardId, String contentVersion) {
    return new ParticipantCard(
        java.util.UUID.randomUUID().toString(),
        owner,
        cardId,
        contentVersion,
        CardStatus.CONCEPT,
        Answers.none(),
        0,
        null,
        null,
        null);
  }

  public boolean stored() {
    return version > 0;
  }
}
