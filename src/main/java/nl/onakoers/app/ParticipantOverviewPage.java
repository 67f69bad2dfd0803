package nl.onakoers.app;

import java.time.Instant;
import java.util.List;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.overview.ActivationSignal;
import nl.onakoers.ona.overview.Cell;
import nl.onakoers.ona.overview.GradeInLms;
import nl.onakoers.ona.overview.ParticipantRow;
import nl.onakoers.web.Messages;

/**
 * What the coach's page about one participant shows: their cards with status and dates, their last
 * activity, the activation signals, and the wensberoep from their RK3 card.
 *
 * @param wensberoep the occupation on RK3, empty when not written yet
 * @param sector the chosen sector's label, empty when none
 * @param planB the plan B on RK3, empty when none
 */
public record ParticipantOverviewPage(
    Messages t,
    String token,
    ParticipantRow row,
    boolean rosterUsed,
    List<Module> modules,
    String wensberoep,
    String sector,
    String planB) {

  private CoachFormat format() {
    return new CoachFormat(t, token);
  }

  public String name() {
    return format().name(row);
  }

  public String date(Instant instant) {
    return format().date(instant);
  }

  public String status(Cell cell) {
    return t.get(cell.status().messageKey());
  }

  /** Whether the card's grade reached the LMS, in words; empty when no grade was sent. */
  public String grade(Cell cell) {
    return cell.grade() == GradeInLms.NONE ? "" : t.get(cell.grade().messageKey());
  }

  public String signal(ActivationSignal signal) {
    return format().signal(signal);
  }

  public String overviewUrl() {
    return format().overviewUrl();
  }

  public String cardTitle(Cell cell) {
    return modules.stream()
        .filter(m -> m.card().id().equals(cell.cardId()))
        .map(m -> m.card().title().in(t.language()))
        .findFirst()
        .orElse("");
  }

  public boolean notInRoster() {
    return rosterUsed && !row.inRoster();
  }
}
