package nl.onakoers.ona.overview;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the coach asked to see, from the GET form: a status filter (optionally for one card), only
 * participants with signals, and a sort order. Unknown values fall back to "everything, by name",
 * so a hand-edited URL never fails.
 *
 * @param status show only participants with a card in this status
 * @param cardId narrow the status filter to this card
 * @param signalsOnly show only participants with at least one activation signal
 * @param sort the order of the rows
 */
public record OverviewQuery(
    Optional<CellStatus> status, Optional<String> cardId, boolean signalsOnly, Sort sort) {

  /** The row orders the form offers. */
  public enum Sort {
    /** By name, A to Z; people without a shared name last. */
    NAME,
    /** Longest without activity first; who never started comes first of all. */
    ACTIVITY,
    /** Most activation signals first. */
    SIGNALS;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Sort parse(String id) {
      for (Sort sort : values()) {
        if (sort.id().equals(id)) {
          return sort;
        }
      }
      return NAME;
    }
  }

  public static OverviewQuery everything() {
    return new OverviewQuery(Optional.empty(), Optional.empty(), false, Sort.NAME);
  }

  /**
   * @param cardIds the cards that exist; another card value is ignored
   */
  public static OverviewQuery parse(
      String status, String cardId, String signals, String sort, List<String> cardIds) {
    return new OverviewQuery(
        CellStatus.parse(status),
        Optional.ofNullable(cardId).filter(cardIds::contains),
        "yes".equals(signals),
        Sort.parse(sort));
  }

  /** The rows to show, filtered and sorted. */
  public List<ParticipantRow> apply(List<ParticipantRow> rows) {
    return rows.stream().filter(this::matches).sorted(comparator()).toList();
  }

  private boolean matches(ParticipantRow row) {
    if (signalsOnly && row.signals().isEmpty()) {
      return false;
    }
    if (status.isEmpty()) {
      return true;
    }
    if (cardId.isPresent()) {
      return row.cell(cardId.get()).map(c -> c.status() == status.get()).orElse(false);
    }
    return row.hasStatus(status.get());
  }

  private Comparator<ParticipantRow> comparator() {
    return switch (sort) {
      case NAME -> GroupMatrix.BY_NAME;
      case ACTIVITY ->
          Comparator.comparing(
                  (ParticipantRow r) -> r.lastActivity(),
                  Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparing(GroupMatrix.BY_NAME);
      case SIGNALS ->
          Comparator.comparing((ParticipantRow r) -> -r.signals().size())
              .thenComparing(GroupMatrix.BY_NAME);
    };
  }

  /** Whether anything narrows the list, so the page can offer "show everyone". */
  public boolean filtered() {
    return status.isPresent() || signalsOnly;
  }
}
