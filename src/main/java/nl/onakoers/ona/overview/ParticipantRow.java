package nl.onakoers.ona.overview;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's line in the overview.
 *
 * @param userId the platform's {@code sub}
 * @param name the name the platform shared (roster or launch), or {@code null}
 * @param inRoster whether the platform's roster lists the person
 * @param lastActivity the last card save or step marked, or {@code null} when none
 * @param cells one per result card, in card order
 * @param signals the activation signals, in {@link ActivationSignal.Kind} order
 */
public record ParticipantRow(
    String userId,
    String name,
    boolean inRoster,
    Instant lastActivity,
    List<Cell> cells,
    List<ActivationSignal> signals) {

  public ParticipantRow {
    Objects.requireNonNull(userId, "userId");
    cells = List.copyOf(cells);
    signals = List.copyOf(signals);
  }

  public Optional<Cell> cell(String cardId) {
    return cells.stream().filter(c -> c.cardId().equals(cardId)).findFirst();
  }

  public boolean hasStatus(CellStatus status) {
    return cells.stream().anyMatch(c -> c.status() == status);
  }
}
