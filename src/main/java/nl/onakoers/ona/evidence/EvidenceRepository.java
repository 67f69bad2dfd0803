package nl.onakoers.ona.evidence;

import java.util.List;
import java.util.Optional;
import nl.onakoers.ona.card.CardOwner;

/** Storage of uploaded evidence; metadata and bytes are written and removed together. */
public interface EvidenceRepository {

  void add(EvidenceFile file, byte[] content);

  /** The owner's files on one card, oldest first. */
  List<EvidenceFile> list(CardOwner owner, String cardId);

  /**
   * A file of the given course, whoever owns it; for the owner's and the coaches' downloads, which
   * then check who may see it.
   */
  Optional<EvidenceFile> find(String registrationId, String contextId, String id);

  Optional<byte[]> content(String id);

  /** Removes one of the owner's files; false when the owner has no file with that id. */
  boolean delete(CardOwner owner, String id);

  /** Removes every file of the owner, for deleting personal data; returns how many. */
  int deleteAllOf(CardOwner owner);
}
