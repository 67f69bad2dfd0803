package nl.onakoers.app;

import java.time.Instant;
import java.util.List;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.overview.ActivationSignal;
import nl.onakoers.ona.overview.Cell;
import nl.onakoers.ona.overview.CellStatus;
import nl.onakoers.ona.overview.GradeInLms;
import nl.onakoers.ona.overview.GroupOverview;
import nl.onakoers.ona.overview.OverviewQuery;
import nl.onakoers.ona.overview.ParticipantRow;
import nl.onakoers.web.Messages;

/**
 * What the group overview template shows: the matrix rows the query selects, the filter form's
 * choices and state, and the roster notice. Every value is plain text; the template escapes it.
 */
public record GroupOverviewPage(
    Messages t,
    String token,
    String courseTitle,
    GroupOverview overview,
    OverviewQuery query,
    List<Module> modules) {

  private CoachFormat format() {
    return new CoachFormat(t, token);
  }

  public List<ParticipantRow> rows() {
    return query.apply(overview.rows());
  }

  public int total() {
    return overview.rows().size();
  }

  public List<CellStatus> statuses() {
    return List.of(CellStatus.values());
  }

  public List<OverviewQuery.Sort> sorts() {
    return List.of(OverviewQuery.Sort.values());
  }

  public boolean statusSelected(CellStatus status) {
    return query.status().map(status::equals).orElse(false);
  }

  public boolean cardSelected(String cardId) {
    return query.cardId().map(cardId::equals).orElse(false);
  }

  public String cardTitle(String cardId) {
    return modules.stream()
        .filter(m -> m.card().id().equals(cardId))
        .map(m -> m.card().title().in(t.language()))
        .findFirst()
        .orElse(cardId);
  }

  public String name(ParticipantRow row) {
    return format().name(row);
  }

  public String date(Instant instant) {
    return format().date(instant);
  }

  public String status(Cell cell) {
    return t.get(cell.status().messageKey());
  }

  /**
   * For a card waiting for the coach, the list where it can be opened for review; else empty. The
   * list, not the review itself, because the matrix does not carry the card's row id.
   */
  public String reviewListUrl(Cell cell) {
    boolean waiting = cell.status() == CellStatus.INGEDIEND || cell.status() == CellStatus.HERZIEN;
    return waiting ? format().handedInUrl(cell.cardId()) : "";
  }

  /** Whether the card's grade reached the LMS, in words; empty when no grade was sent. */
  public String grade(Cell cell) {
    return cell.grade() == GradeInLms.NONE ? "" : t.get(cell.grade().messageKey());
  }

  public String signal(ActivationSignal signal) {
    return format().signal(signal);
  }

  public String participantUrl(ParticipantRow row) {
    return format().participantUrl(row);
  }

  public String overviewUrl() {
    return format().overviewUrl();
  }

  /** The roster notice key, or empty when the platform's roster was used. */
  public String rosterNotice() {
    return switch (overview.roster()) {
      case AVAILABLE -> "";
      case NO_SERVICE -> "overview.roster.noservice";
      case FAILED -> "overview.roster.failed";
    };
  }

  /** "Not in the LMS list" only means something when there was a list. */
  public boolean notInRoster(ParticipantRow row) {
    return overview.rosterUsed() && !row.inRoster();
  }
}
