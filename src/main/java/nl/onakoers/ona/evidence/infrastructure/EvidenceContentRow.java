package nl.onakoers.ona.evidence.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code evidence_content}: the bytes of one upload, apart from its metadata so that
 * listing a card's files never loads them.
 */
@Entity
@Table(name = "evidence_content")
public class EvidenceContentRow {

  @Id
  @Column(name = "file_id")
  String fileId;

  @Column(name = "bytes", nullable = false)
  byte[] bytes;

  protected EvidenceContentRow() {}

  EvidenceContentRow(String fileId, byte[] bytes) {
    this.fileId = fileId;
    this.bytes = bytes;
  }
}
