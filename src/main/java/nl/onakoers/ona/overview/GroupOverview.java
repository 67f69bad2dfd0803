package nl.onakoers.ona.overview;

import java.util.List;
import java.util.Optional;
import nl.onakoers.lti.nrps.Roster;

/**
 * The course as the coach sees it.
 *
 * @param cardIds the result cards, in order: the columns
 * @param rows the participants, sorted by name
 * @param roster whether the platform's roster was used; when not, only participants who launched
 *     are listed and the page says so
 */
public record GroupOverview(
    List<String> cardIds, List<ParticipantRow> rows, Roster.Availability roster) {

  public GroupOverview {
    cardIds = List.copyOf(cardIds);
    rows = List.copyOf(rows);
  }

  public boolean rosterUsed() {
    return roster == Roster.Availability.AVAILABLE;
  }

  public Optional<ParticipantRow> row(String userId) {
    return rows.stream().filter(r -> r.userId().equals(userId)).findFirst();
  }
}
