package nl.onakoers.ona.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.content.ResultCard;

/**
 * Accepts, lists, serves and removes a participant's evidence files. An upload is accepted only
 * when uploads are on, the card can still be changed, the key is an evidence field of the card, the
 * file is not empty, not over the size limit, starts like a PDF, PNG or JPEG, and the field holds
 * fewer than {@value #MAX_FILES_PER_FIELD} files.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class EvidenceUploads {

  public static final int MAX_FILES_PER_FIELD = 5;

  /** Files are held in memory while they are checked, so the setting is capped. */
  static final int LARGEST_LIMIT = 50 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(EvidenceUploads.class.getName());

  private final EvidenceRepository repository;
  private final Settings settings;
  private final Clock clock;

  protected EvidenceUploads() {
    this(null, null, null);
  }

  @Inject
  public EvidenceUploads(EvidenceRepository repository, Settings settings, Clock clock) {
    this.repository = repository;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether the school lets participants upload files ({@code ONA_EVIDENCE_UPLOADS}). */
  public boolean enabled() {
    return settings.isTrue(Setting.EVIDENCE_UPLOADS);
  }

  /** The largest file accepted, in bytes ({@code ONA_EVIDENCE_MAX_BYTES}). */
  public int maxBytes() {
    int value = settings.intValue(Setting.EVIDENCE_MAX_BYTES);
    if (value < 1 || value > LARGEST_LIMIT) {
      throw new IllegalStateException(
          "Setting " + Setting.EVIDENCE_MAX_BYTES.environmentVariable() + " must be 1 to 52428800");
    }
    return value;
  }

  /**
   * Checks an upload against every rule without storing anything.
   *
   * @param card the owner's card, stored or not yet
   * @param originalName the name the browser sent, may be {@code null}
   * @return the file's type, read from its first bytes
   * @throws EvidenceRejectedException when a rule is broken
   */
  public EvidenceType check(
      ParticipantCard card,
      ResultCard content,
      String fieldKey,
      String originalName,
      byte[] bytes) {
    checkCard(card, content, fieldKey);
    EvidenceType type = checkContent(originalName, bytes);
    long onField =
        repository.list(card.owner(), card.cardId()).stream()
            .filter(f -> f.fieldKey().equals(fieldKey))
            .count();
    if (onField >= MAX_FILES_PER_FIELD) {
      throw new EvidenceRejectedException(EvidenceProblem.TOO_MANY);
    }
    return type;
  }

  /**
   * Checks and stores a file on a stored card.
   *
   * @param card the owner's stored card; its row id links the file
   * @param originalName the name the browser sent, may be {@code null}; kept as a label only
   * @throws EvidenceRejectedException when a rule is broken; nothing is stored then
   */
  public EvidenceFile store(
      ParticipantCard card,
      ResultCard content,
      String fieldKey,
      String originalName,
      byte[] bytes) {
    EvidenceType type = check(card, content, fieldKey, originalName, bytes);
    if (!card.stored()) {
      throw new IllegalArgumentException("Evidence needs a stored card: " + card.cardId());
    }

    EvidenceFile file =
        new EvidenceFile(
            UUID.randomUUID().toString(),
            card.owner(),
            card.id(),
            card.cardId(),
            fieldKey,
            FileLabel.of(originalName, type),
            type,
            bytes.length,
            sha256(bytes),
            Instant.now(clock));
    repository.add(file, bytes);
    LOG.log(
        Level.INFO,
        "Evidence {0} stored on card {1} field {2}: {3}, {4} bytes",
        new Object[] {file.id(), file.cardId(), fieldKey, type.mediaType(), bytes.length});
    return file;
  }

  private void checkCard(ParticipantCard card, ResultCard content, String fieldKey) {
    if (!enabled()) {
      throw new EvidenceRejectedException(EvidenceProblem.UPLOADS_OFF);
    }
    if (!card.status().editable()) {
      throw new EvidenceRejectedException(EvidenceProblem.NOT_EDITABLE);
    }
    if (!EvidenceFields.isKey(content, fieldKey)) {
      throw new EvidenceRejectedException(EvidenceProblem.UNKNOWN_FIELD);
    }
  }

  /** Checks what was read of an upload; the reader already stopped at the size limit. */
  EvidenceType checkContent(String originalName, byte[] bytes) {
    if (bytes.length == 0) {
      boolean chosen = originalName != null && !originalName.isBlank();
      throw new EvidenceRejectedException(chosen ? EvidenceProblem.EMPTY : EvidenceProblem.NO_FILE);
    }
    if (bytes.length > maxBytes()) {
      throw new EvidenceRejectedException(EvidenceProblem.TOO_LARGE);
    }
    return EvidenceType.sniff(bytes)
        .orElseThrow(() -> new EvidenceRejectedException(EvidenceProblem.WRONG_TYPE));
  }

  public List<EvidenceFile> list(CardOwner owner, String cardId) {
    return repository.list(owner, cardId);
  }

  /** The keys of the card that hold at least one file. */
  public Set<String> filedKeys(CardOwner owner, String cardId) {
    Set<String> keys = new LinkedHashSet<>();
    repository.list(owner, cardId).forEach(f -> keys.add(f.fieldKey()));
    return keys;
  }

  /**
   * A file the viewer may download: their own, or, for a coach, any file of the coach's course on
   * the same platform registration. Everyone else gets nothing.
   *
   * @param viewer the viewer's registration, course and user, from their launch session
   */
  public Optional<EvidenceFile> readableBy(CardOwner viewer, boolean coach, String id) {
    return repository
        .find(viewer.registrationId(), viewer.contextId(), id)
        .filter(
            f ->
                coach ? !viewer.contextId().isEmpty() : f.owner().userId().equals(viewer.userId()));
  }

  public Optional<byte[]> content(EvidenceFile file) {
    return repository.content(file.id());
  }

  /**
   * Removes one of the owner's files from a card that can still be changed.
   *
   * @return false when the owner has no such file on this card
   */
  public boolean remove(ParticipantCard card, String id) {
    if (!card.status().editable()) {
      throw new EvidenceRejectedException(EvidenceProblem.NOT_EDITABLE);
    }
    boolean onCard =
        repository.list(card.owner(), card.cardId()).stream().anyMatch(f -> f.id().equals(id));
    boolean removed = onCard && repository.delete(card.owner(), id);
    if (removed) {
      LOG.log(Level.INFO, "Evidence {0} removed from card {1}", new Object[] {id, card.cardId()});
    }
    return removed;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
