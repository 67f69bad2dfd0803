package nl.onakoers.ona.card.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.onakoers.ona.card.CardHistoryEvent;

/** A row of {@code card_event}: something that happened to a card, such as a submission. */
@Entity
@Table(name = "card_event")
public class CardEventRow {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "card_row_id", nullable = false)
  String cardRowId;

  @Column(name = "kind", nullable = false)
  String kind;

  @Column(name = "content_version", nullable = false)
  String contentVersion;

  @Column(name = "occurred_at", nullable = false)
  OffsetDateTime occurredAt;

  protected CardEventRow() {}

  CardEventRow(String id, String cardRowId, String kind, String contentVersion, OffsetDateTime at) {
    this.id = id;
    this.cardRowId = cardRowId;
    this.kind = kind;
    this.contentVersion = contentVersion;
    this.occurredAt = at;
  }

  CardHistoryEvent toHistory() {
    return new CardHistoryEvent(kind, occurredAt.toInstant());
  }
}
