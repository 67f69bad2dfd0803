package nl.onakoers.ona.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onakoers.db.Database;
import nl.onakoers.ona.card.CardHistoryEvent;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.card.StaleCardException;

/**
 * {@link ParticipantCardRepository} on the tool's database. A save locks the owner's row and
 * compares versions, so two tabs never overwrite each other; a first save that races another first
 * save fails on the owner's unique key.
 */
@ApplicationScoped
public class JpaParticipantCardRepository implements ParticipantCardRepository {

  /** The smallest step both databases keep ({@code timestamp} has microseconds). */
  private static final Duration EVENT_STEP = Duration.ofNanos(1000);

  /** A first save that is also a submission writes both events at one instant: created first. */
  private static final Comparator<CardHistoryEvent> OLDEST_FIRST =
      Comparator.comparing(CardHistoryEvent::at)
          .thenComparing(e -> !CardHistoryEvent.CREATED.equals(e.kind()));

  private final Database database;

  protected JpaParticipantCardRepository() {
    this(null);
  }

  @Inject
  public JpaParticipantCardRepository(Database database) {
    this.database = database;
  }

  @Override
  public Optional<ParticipantCard> find(CardOwner owner, String cardId) {
    return database.inTransaction(
        em -> row(em, owner, cardId, LockModeType.NONE).map(ParticipantCardRow::toDomain));
  }

  @Override
  public List<ParticipantCard> findAll(CardOwner owner) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select c from ParticipantCardRow c where c.registrationId = :r"
                        + " and c.contextId = :c and c.userId = :u order by c.cardId",
                    ParticipantCardRow.class)
                .setParameter("r", owner.registrationId())
                .setParameter("c", owner.contextId())
                .setParameter("u", owner.userId())
                .getResultStream()
                .map(ParticipantCardRow::toDomain)
                .toList());
  }

  @Override
  public ParticipantCard save(
      ParticipantCard card, long expectedVersion, String eventKind, Instant at) {
    try {
      return database.inTransaction(em -> store(em, card, expectedVersion, eventKind, at));
    } catch (jakarta.persistence.PersistenceException e) {
      // Another first save of the same card won the owner's unique key.
      throw new StaleCardException(card.cardId(), expectedVersion);
    }
  }

  private static ParticipantCard store(
      EntityManager em, ParticipantCard card, long expectedVersion, String eventKind, Instant at) {
    Optional<ParticipantCardRow> stored =
        row(em, card.owner(), card.cardId(), LockModeType.PESSIMISTIC_WRITE);
    long current = stored.map(r -> r.version).orElse(0L);
    if (current != expectedVersion) {
      throw new StaleCardException(card.cardId(), expectedVersion);
    }

    ParticipantCardRow row = stored.orElseGet(() -> ParticipantCardRow.of(card));
    row.copyFrom(card);
    row.version = current + 1;
    if (stored.isEmpty()) {
      em.persist(row);
      addEvent(em, row, CardHistoryEvent.CREATED, at);
    }
    em.flush();
    if (eventKind != null) {
      addEvent(em, row, eventKind, at);
    }
    return row.toDomain();
  }

  /**
   * Writes an event at {@code at}, or just after the card's latest event when that is not earlier:
   * the history is read in time order, and a first hand-in writes "created" and "submitted" in the
   * same instant (a fixed clock in tests does so for every event).
   */
  private static void addEvent(EntityManager em, ParticipantCardRow row, String kind, Instant at) {
    em.flush();
    OffsetDateTime latest =
        em.createQuery(
                "select max(e.occurredAt) from CardEventRow e where e.cardRowId = :card",
                OffsetDateTime.class)
            .setParameter("card", row.id)
            .getSingleResult();
    Instant when = at;
    if (latest != null && !latest.toInstant().isBefore(when)) {
      when = latest.toInstant().plus(EVENT_STEP);
    }
    em.persist(
        new CardEventRow(
            UUID.randomUUID().toString(),
            row.id,
            kind,
            row.contentVersion,
            ParticipantCardRow.utc(when)));
  }

  @Override
  public Optional<ParticipantCard> findInCourse(Course course, String cardRowId) {
    return database.inTransaction(
        em -> inCourse(em, course, cardRowId, LockModeType.NONE).map(ParticipantCardRow::toDomain));
  }

  @Override
  public List<ParticipantCard> findHandedIn(Course course, String cardId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select c from ParticipantCardRow c where c.registrationId = :r"
                        + " and c.contextId = :c and c.cardId = :card"
                        + " and c.submittedAt is not null order by c.submittedAt",
                    ParticipantCardRow.class)
                .setParameter("r", course.registrationId())
                .setParameter("c", course.contextId())
                .setParameter("card", cardId)
                .getResultStream()
                .map(ParticipantCardRow::toDomain)
                .toList());
  }

  @Override
  public ParticipantCard changeStatus(
      Course course,
      String cardRowId,
      long expectedVersion,
      CardStatus status,
      String eventKind,
      Instant at) {
    return database.inTransaction(
        em -> {
          ParticipantCardRow row =
              inCourse(em, course, cardRowId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
          if (row.version != expectedVersion) {
            throw new StaleCardException(row.cardId, expectedVersion);
          }

          row.status = status.name();
          row.version = row.version + 1;
          addEvent(em, row, eventKind, at);
          em.flush();
          return row.toDomain();
        });
  }

  private static Optional<ParticipantCardRow> inCourse(
      EntityManager em, Course course, String cardRowId, LockModeType lock) {
    return em.createQuery(
            "select c from ParticipantCardRow c where c.registrationId = :r and c.contextId = :c"
                + " and c.id = :id",
            ParticipantCardRow.class)
        .setParameter("r", course.registrationId())
        .setParameter("c", course.contextId())
        .setParameter("id", cardRowId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CardHistoryEvent> history(CardOwner owner, String cardId) {
    return database.inTransaction(
        em ->
            row(em, owner, cardId, LockModeType.NONE)
                .map(
                    r ->
                        em.createQuery(
                                "select e from CardEventRow e where e.cardRowId = :id"
                                    + " order by e.occurredAt, e.id",
                                CardEventRow.class)
                            .setParameter("id", r.id)
                            .getResultStream()
                            .map(CardEventRow::toHistory)
                            .sorted(OLDEST_FIRST)
                            .toList())
                .orElse(List.of()));
  }

  @Override
  public List<String> eventKinds(CardOwner owner, String cardId) {
    return history(owner, cardId).stream().map(CardHistoryEvent::kind).toList();
  }

  private static Optional<ParticipantCardRow> row(
      EntityManager em, CardOwner owner, String cardId, LockModeType lock) {
    return em.createQuery(
            "select c from ParticipantCardRow c where c.registrationId = :r and c.contextId = :c"
                + " and c.userId = :u and c.cardId = :card",
            ParticipantCardRow.class)
        .setParameter("r", owner.registrationId())
        .setParameter("c", owner.contextId())
        .setParameter("u", owner.userId())
        .setParameter("card", cardId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
