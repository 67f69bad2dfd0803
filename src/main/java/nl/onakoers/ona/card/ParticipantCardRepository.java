package nl.onakoers.ona.card;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of participants' cards; every method is scoped to one owner, or for coaches to one
 * course, so that no call reaches a card of another course or registration.
 */
public interface ParticipantCardRepository {

  Optional<ParticipantCard> find(CardOwner owner, String cardId);

  List<ParticipantCard> findAll(CardOwner owner);

  /**
   * Stores the card if the stored one is still at {@code expectedVersion} (0: none stored yet) and
   * returns it at its new version. When {@code eventKind} is not null, an event row is written in
   * the same transaction; the first save of a card also writes a {@link CardHistoryEvent#CREATED}
   * event.
   *
   * @throws StaleCardException when another save came first; nothing is written then
   */
  ParticipantCard save(ParticipantCard card, long expectedVersion, String eventKind, Instant at);

  /** The kinds of the card's events, oldest first. */
  List<String> eventKinds(CardOwner owner, String cardId);

  /** The card's events with their times, oldest first; empty for a card never saved. */
  List<CardHistoryEvent> history(CardOwner owner, String cardId);

  /** A card of the course by its row id; empty when it belongs to another course. */
  Optional<ParticipantCard> findInCourse(Course course, String cardRowId);

  /** The course's cards of one kind (RK1–RK9) that were handed in at least once. */
  List<ParticipantCard> findHandedIn(Course course, String cardId);

  /**
   * A coach's decision: sets the status of a card of the course if it is still at {@code
   * expectedVersion}, counts a new version and writes an event of {@code eventKind}, in one
   * transaction (joining the caller's {@link nl.onakoers.db.UnitOfWork}).
   *
   * @throws StaleCardException when the participant changed the card since that version
   * @throws java.util.NoSuchElementException when the course has no such card
   */
  ParticipantCard changeStatus(
      Course course,
      String cardRowId,
      long expectedVersion,
      CardStatus status,
      String eventKind,
      Instant at);
}
