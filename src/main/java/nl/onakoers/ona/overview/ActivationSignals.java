package nl.onakoers.ona.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onakoers.ona.overview.ActivationSignal.Kind;

/**
 * Decides the activation signals of one participant. The ONA coach's job is to get the participant
 * to do the work, so the signals point at stalled work, not at grades:
 *
 * <ul>
 *   <li>{@link Kind#NO_ACTIVITY_YET}: nothing saved and no step marked, ever;
 *   <li>{@link Kind#IDLE}: the last activity is at least the idle threshold ago;
 *   <li>{@link Kind#RETURNED_OFTEN}: per card returned more often than the limit;
 *   <li>{@link Kind#WAITING_FOR_COACH}: per submitted card waiting at least the threshold;
 *   <li>{@link Kind#OFF_WENSBEROEP}: per card whose vacancies do not name the wensberoep (the
 *       publisher's checklist rejects a portfolio whose cards are not about one wensberoep).
 * </ul>
 *
 * <p>Stateless and thread safe.
 */
public final class ActivationSignals {

  private ActivationSignals() {}

  public static List<ActivationSignal> of(
      Instant lastActivity, List<Cell> cells, Instant now, SignalThresholds thresholds) {
    return of(lastActivity, cells, Set.of(), now, thresholds);
  }

  /** Like the above, with the cards whose vacancies do not name the participant's wensberoep. */
  public static List<ActivationSignal> of(
      Instant lastActivity,
      List<Cell> cells,
      Set<String> offWensberoep,
      Instant now,
      SignalThresholds thresholds) {
    List<ActivationSignal> signals = new ArrayList<>();
    if (lastActivity == null) {
      signals.add(new ActivationSignal(Kind.NO_ACTIVITY_YET, null, 0));
    } else if (!lastActivity.plus(thresholds.idle()).isAfter(now)) {
      signals.add(new ActivationSignal(Kind.IDLE, null, days(lastActivity, now)));
    }
    for (Cell cell : cells) {
      if (cell.returned() > thresholds.returnedLimit()) {
        signals.add(new ActivationSignal(Kind.RETURNED_OFTEN, cell.cardId(), cell.returned()));
      }
    }
    for (Cell cell : cells) {
      Instant since = cell.waitingSince();
      if (since != null && !since.plus(thresholds.waiting()).isAfter(now)) {
        signals.add(new ActivationSignal(Kind.WAITING_FOR_COACH, cell.cardId(), days(since, now)));
      }
    }
    for (Cell cell : cells) {
      if (offWensberoep.contains(cell.cardId())) {
        signals.add(new ActivationSignal(Kind.OFF_WENSBEROEP, cell.cardId(), 0));
      }
    }
    return signals;
  }

  private static long days(Instant from, Instant to) {
    return Duration.between(from, to).toDays();
  }
}
