package nl.onakoers.ona.evidence.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.evidence.EvidenceFile;
import nl.onakoers.ona.evidence.EvidenceType;

/** A row of {@code evidence_file}: what is known of one upload, without its bytes. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFileRow {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "registration_id", nullable = false)
  String registrationId;

  @Column(name = "context_id", nullable = false)
  String contextId;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "card_row_id", nullable = false)
  String cardRowId;

  @Column(name = "card_id", nullable = false)
  String cardId;

  @Column(name = "field_key", nullable = false)
  String fieldKey;

  @Column(name = "label", nullable = false)
  String label;

  @Column(name = "media_type", nullable = false)
  String mediaType;

  @Column(name = "size_bytes", nullable = false)
  long sizeBytes;

  @Column(name = "sha256", nullable = false)
  String sha256;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  protected EvidenceFileRow() {}

  static EvidenceFileRow of(EvidenceFile file) {
    EvidenceFileRow row = new EvidenceFileRow();
    row.id = file.id();
    row.registrationId = file.owner().registrationId();
    row.contextId = file.owner().contextId();
    row.userId = file.owner().userId();
    row.cardRowId = file.cardRowId();
    row.cardId = file.cardId();
    row.fieldKey = file.fieldKey();
    row.label = file.label();
    row.mediaType = file.type().mediaType();
    row.sizeBytes = file.size();
    row.sha256 = file.sha256();
    row.createdAt = file.createdAt().atOffset(ZoneOffset.UTC);
    return row;
  }

  EvidenceFile toDomain() {
    return new EvidenceFile(
        id,
        new CardOwner(registrationId, contextId, userId),
        cardRowId,
        cardId,
        fieldKey,
        label,
        EvidenceType.fromMediaType(mediaType).orElseThrow(),
        sizeBytes,
        sha256,
        createdAt.toInstant());
  }
}
