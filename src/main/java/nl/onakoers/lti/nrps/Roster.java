package nl.onakoers.lti.nrps;

import java.util.List;
import java.util.Objects;

/**
 * A course's members as far as the platform told us, or why it did not.
 *
 * @param members the members; empty unless {@link #available()}
 * @param availability whether the list came from the platform and, if not, why
 */
public record Roster(List<Member> members, Availability availability) {

  /** Where the roster stands. */
  public enum Availability {
    /** The platform answered; {@link #members()} is its list. */
    AVAILABLE,
    /** The launch carried no {@code namesroleservice} claim: NRPS is off for this tool. */
    NO_SERVICE,
    /** The call failed: token refused, HTTP error, timeout or an unreadable answer. */
    FAILED
  }

  public Roster {
    members = List.copyOf(members);
    Objects.requireNonNull(availability, "availability");
  }

  public static Roster of(List<Member> members) {
    return new Roster(members, Availability.AVAILABLE);
  }

  public static Roster unavailable(Availability why) {
    return new Roster(List.of(), why);
  }

  public boolean available() {
    return availability == Availability.AVAILABLE;
  }
}
