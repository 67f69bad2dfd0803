package nl.onakoers.ona.evidence;

import java.util.List;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.FieldType;
import nl.onakoers.ona.content.ResultCard;

/**
 * Where files can be uploaded on a card: to each evidence field, and to each list whose entries
 * hold an evidence field. A list's files belong to the list, not to one entry, because entries are
 * renumbered when one is removed and a file must not move to another entry.
 */
public final class EvidenceFields {

  private EvidenceFields() {}

  /** The upload keys of a card, in the card's order. */
  public static List<String> keys(ResultCard card) {
    return card.fields().stream().filter(EvidenceFields::takesFiles).map(CardField::id).toList();
  }

  public static boolean takesFiles(CardField field) {
    return field.type() == FieldType.EVIDENCE
        || (field.type() == FieldType.LIST
            && field.entryFields().stream().anyMatch(e -> e.type() == FieldType.EVIDENCE));
  }

  public static boolean isKey(ResultCard card, String key) {
    return key != null && keys(card).contains(key);
  }
}
