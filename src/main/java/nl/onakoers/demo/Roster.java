package nl.onakoers.demo;

import java.util.List;
import java.util.Optional;

/**
 * The course's members a page at a time, for the NRPS membership service. Pages are numbered from
 * 1; a page that is not the last has a next page, which the resource turns into a {@code Link:
 * <...>; rel="next"} header.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#limit-query-parameter">NRPS §2.4</a>
 */
public final class Roster {

  /** Members per page when the tool asks for no limit; small, so paging is exercised. */
  public static final int DEFAULT_LIMIT = 2;

  public static final int MAX_LIMIT = 100;

  /** One page of members and the number of the next one, if any. */
  public record Page(List<DemoPerson> members, Optional<Integer> next) {}

  private Roster() {}

  /**
   * @param limit the page size asked for; null, zero or less means {@link #DEFAULT_LIMIT}, more
   *     than {@link #MAX_LIMIT} means that
   * @param page the page number asked for; null or less than 1 means 1
   */
  public static Page page(List<DemoPerson> people, Integer limit, Integer page) {
    int size = limit == null || limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    int number = page == null || page < 1 ? 1 : page;
    long from = (long) (number - 1) * size;
    if (from >= people.size()) {
      return new Page(List.of(), Optional.empty());
    }
    int to = (int) Math.min(people.size(), from + size);
    Optional<Integer> next = to < people.size() ? Optional.of(number + 1) : Optional.empty();
    return new Page(people.subList((int) from, to), next);
  }
}
