package nl.onakoers.ona.card;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of participants' cards; every method is scoped to one owner. */
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
}
