package nl.onakoers.ona.evidence;

import java.time.Instant;
import java.util.Objects;
import nl.onakoers.ona.card.CardOwner;

/**
 * What is known of one uploaded file; the bytes are fetched separately.
 *
 * @param id random id; also the only name the file has in storage
 * @param owner whose file it is
 * @param cardRowId the participant's card row it belongs to
 * @param cardId RK1–RK9
 * @param fieldKey the evidence field (or the list holding evidence entries) it was uploaded to
 * @param label the original file name, sanitised, shown to people only
 * @param type what the content is, by its first bytes
 * @param size the number of bytes
 * @param sha256 the content's SHA-256, hex
 * @param createdAt when it was uploaded
 */
public record EvidenceFile(
    String id,
    CardOwner owner,
    String cardRowId,
    String cardId,
    String fieldKey,
    String label,
    EvidenceType type,
    long size,
    String sha256,
    Instant createdAt) {

  public EvidenceFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(cardRowId, "cardRowId");
    Objects.requireNonNull(fieldKey, "fieldKey");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
  }
}
