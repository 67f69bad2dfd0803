package nl.onakoers.lti.nrps;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.lti.session.LaunchSession;

/**
 * The roster of a launch's course, for views that must never fail because of it:
 *
 * <ol>
 *   <li>reads {@code context_memberships_url} from the session's {@code namesroleservice} claim (no
 *       claim, or a claim without NRPS 2.0: {@link Roster.Availability#NO_SERVICE});
 *   <li>asks {@link Memberships}, which caches per registration and course;
 *   <li>turns every failure into {@link Roster.Availability#FAILED} with one log line naming the
 *       registration and the reason, never a member, a token or a response body.
 * </ol>
 *
 * <p>Thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#lti-1-3-integration">NRPS §3.6</a>
 */
@ApplicationScoped
public class CourseRoster {

  static final String CONTEXT_MEMBERSHIPS_URL = "context_memberships_url";

  private static final Logger LOG = Logger.getLogger(CourseRoster.class.getName());

  private final Memberships memberships;
  private final RegistrationRepository registrations;

  /** For the CDI proxy only. */
  protected CourseRoster() {
    this(null, null);
  }

  @Inject
  public CourseRoster(Memberships memberships, RegistrationRepository registrations) {
    this.memberships = memberships;
    this.registrations = registrations;
  }

  /**
   * The members of the session's course.
   *
   * @param session a launch into a course, not null
   * @param resourceLinkId the {@code rlid} when the view is about one link, else empty
   */
  public Roster of(LaunchSession session, Optional<String> resourceLinkId) {
    Optional<String> url = membershipsUrl(session.serviceClaims().get(LtiClaims.NRPS_SERVICE));
    Optional<Registration> registration = registrations.find(session.registrationId());
    if (url.isEmpty() || registration.isEmpty() || session.contextId() == null) {
      return Roster.unavailable(Roster.Availability.NO_SERVICE);
    }

    try {
      List<Member> members = memberships.members(registration.get(), url.get(), resourceLinkId);
      return Roster.of(members);
    } catch (RuntimeException e) {
      LOG.log(
          Level.INFO,
          "Roster of registration {0} unavailable, showing participants who launched: {1}",
          new Object[] {session.registrationId(), e.getMessage()});
      return Roster.unavailable(Roster.Availability.FAILED);
    }
  }

  /** The membership URL of a {@code namesroleservice} claim (JSON), if it offers NRPS 2.0. */
  static Optional<String> membershipsUrl(String claimJson) {
    if (claimJson == null) {
      return Optional.empty();
    }
    try {
      Map<String, Object> claim = JSONObjectUtils.parse(claimJson);
      Object url = claim.get(CONTEXT_MEMBERSHIPS_URL);
      Object versions = claim.get("service_versions");
      boolean v2 = !(versions instanceof List<?> list) || list.contains("2.0");
      return url instanceof String s && isWebUrl(s) && v2 ? Optional.of(s) : Optional.empty();
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  private static boolean isWebUrl(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }
}
