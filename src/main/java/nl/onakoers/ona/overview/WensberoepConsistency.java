package nl.onakoers.ona.overview;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onakoers.ona.card.CardFinding;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.card.WensberoepCheck;

/**
 * Finds the participants whose vacancy cards (RK4, RK7) are not about the wensberoep of their RK3,
 * with the same rule the participant sees as a warning on submitting ({@link WensberoepCheck}).
 * Reads answers only to decide; the overview keeps no answer text.
 *
 * <p>Reads a few cards per participant who saved a vacancy card; a course of some dozens of
 * participants makes some dozens of small queries. Stateless and thread safe.
 */
public final class WensberoepConsistency {

  private WensberoepConsistency() {}

  /** Per user id, the vacancy cards that do not name their wensberoep; absent when all fit. */
  public static Map<String, Set<String>> offWensberoep(
      String registrationId,
      String contextId,
      CourseActivity activity,
      ParticipantCardRepository cards) {
    Map<String, Set<String>> off = new HashMap<>();
    for (CardProgress progress : activity.cards()) {
      if (!WensberoepCheck.vacancyCards().contains(progress.cardId())) {
        continue;
      }
      CardOwner owner = new CardOwner(registrationId, contextId, progress.userId());
      if (!fits(owner, progress.cardId(), cards)) {
        off.computeIfAbsent(progress.userId(), user -> new HashSet<>()).add(progress.cardId());
      }
    }
    return off;
  }

  private static boolean fits(CardOwner owner, String cardId, ParticipantCardRepository cards) {
    String wensberoep =
        cards
            .find(owner, WensberoepCheck.WENSBEROEP_CARD)
            .map(c -> c.answers().value(WensberoepCheck.WENSBEROEP_FIELD))
            .orElse("");
    Optional<ParticipantCard> card = cards.find(owner, cardId);
    if (wensberoep.isBlank() || card.isEmpty()) {
      return true;
    }
    List<CardFinding> warnings = WensberoepCheck.check(cardId, card.get().answers(), wensberoep);
    return warnings.isEmpty();
  }
}
