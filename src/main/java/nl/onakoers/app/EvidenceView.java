package nl.onakoers.app;

import java.util.List;
import java.util.Locale;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.ona.evidence.EvidenceFields;
import nl.onakoers.ona.evidence.EvidenceFile;
import nl.onakoers.ona.evidence.EvidenceUploads;
import nl.onakoers.web.Messages;

/**
 * What the card page shows of uploaded evidence: the files per field, the upload and remove
 * controls, and the reason an upload was just refused. Labels are plain text; templates escape.
 *
 * @param problemField the field of a refused upload, or {@code null}
 * @param problemKey the catalogue key of why it was refused, or {@code null}
 */
public record EvidenceView(
    Messages t,
    String token,
    ResultCard card,
    boolean uploads,
    int maxBytes,
    boolean editable,
    List<EvidenceFile> all,
    String problemField,
    String problemKey) {

  public EvidenceView {
    all = List.copyOf(all);
  }

  /** Whether the field shows evidence files: an evidence field, or a list of evidence entries. */
  public boolean takes(CardField field) {
    return EvidenceFields.takesFiles(field);
  }

  public List<String> keys() {
    return EvidenceFields.keys(card);
  }

  public List<EvidenceFile> files(String key) {
    return all.stream().filter(f -> f.fieldKey().equals(key)).toList();
  }

  /** Whether the participant can add a file to the field now. */
  public boolean canUpload(String key) {
    return uploads && editable && files(key).size() < EvidenceUploads.MAX_FILES_PER_FIELD;
  }

  public String problem(String key) {
    return key.equals(problemField) ? problemKey : null;
  }

  public String uploadFormId(String key) {
    return "evidence-upload-" + key;
  }

  public String deleteFormId(EvidenceFile file) {
    return "evidence-delete-" + file.id();
  }

  public String downloadUrl(EvidenceFile file) {
    return "/app/evidence/" + file.id() + "?s=" + token;
  }

  public String typeName(EvidenceFile file) {
    return file.type().extension().toUpperCase(Locale.ROOT);
  }

  public String size(EvidenceFile file) {
    return megabytes(file.size());
  }

  public String maxSize() {
    return megabytes(maxBytes);
  }

  private String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return t.get("evidence.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }
    double mb = bytes / (1024.0 * 1024.0);
    Locale locale = t.isDutch() ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    return t.get("evidence.size.mb", String.format(locale, "%.1f", mb));
  }
}
