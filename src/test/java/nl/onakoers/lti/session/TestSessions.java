package nl.onakoers.lti.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.launch.LtiClaims;

/** Launch sessions for tests, shaped like Moodle's launches into course {@code 2}. */
public final class TestSessions {

  public static final String LEARNER = LtiClaims.ROLE_CONTEXT_PREFIX + LtiClaims.ROLE_LEARNER;
  public static final String INSTRUCTOR = LtiClaims.ROLE_CONTEXT_PREFIX + LtiClaims.ROLE_INSTRUCTOR;
  public static final String NRPS_CLAIM =
      "{\"context_memberships_url\":\"http://127.0.0.1:8081/mod/lti/services.php/CourseSection/2"
          + "/bindings/2/memberships\",\"service_versions\":[\"1.0\",\"2.0\"]}";

  private TestSessions() {}

  /** A coach (Instructor) session with the NRPS claim. */
  public static LaunchSession coach(String registrationId, String contextId) {
    return session(
        "coach-session",
        registrationId,
        contextId,
        "3",
        "Teacher1 Probe",
        INSTRUCTOR,
        Map.of(LtiClaims.NRPS_SERVICE, NRPS_CLAIM),
        Instant.parse("2026-12-03T15:32:18Z"));
  }

  /** A learner session without service claims. */
  public static LaunchSession learner(
      String id, String registrationId, String contextId, String userId, String name) {
    return session(
        id,
        registrationId,
        contextId,
        userId,
        name,
        LEARNER,
        Map.of(),
        Instant.parse("2026-12-03T15:32:18Z"));
  }

  public static LaunchSession session(
      String id,
      String registrationId,
      String contextId,
      String userId,
      String name,
      String role,
      Map<String, String> serviceClaims,
      Instant createdAt) {
    return new LaunchSession(
        id,
        registrationId,
        "2",
        userId,
        name,
        null,
        contextId,
        "LTI Probe Course",
        "2",
        "LtiResourceLinkRequest",
        List.of(role),
        role.equals(INSTRUCTOR),
        false,
        Map.of(),
        serviceClaims,
        null,
        "nl",
        createdAt,
        createdAt.plus(LaunchSessions.LIFETIME));
  }
}
