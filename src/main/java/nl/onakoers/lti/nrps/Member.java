package nl.onakoers.lti.nrps;

import java.util.Objects;
import nl.onakoers.lti.launch.Roles;

/**
 * One member of a context, as the platform's membership container lists them.
 *
 * @param userId the platform's user id, the same as {@code sub} in launches; not null
 * @param name the full name, or {@code null} when the platform does not share it
 * @param givenName may be null
 * @param familyName may be null
 * @param email may be null
 * @param status {@code Active}, {@code Inactive} or {@code Deleted}; {@code Active} when absent
 * @param roles the roles as sent, full URIs or short names
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS
 *     2.0 §2.2</a>
 */
public record Member(
    String userId,
    String name,
    String givenName,
    String familyName,
    String email,
    String status,
    Roles roles) {

  public static final String ACTIVE = "Active";

  public Member {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(roles, "roles");
    status = status == null || status.isBlank() ? ACTIVE : status;
  }

  public boolean isActive() {
    return ACTIVE.equals(status);
  }

  public boolean isCoach() {
    return roles.isCoach();
  }

  public boolean isParticipant() {
    return roles.isParticipant();
  }
}
