package nl.onakoers.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.session.LaunchSession;
import org.junit.jupiter.api.Test;

/** Issue 3: what a validated launch leaves in the session, from real Moodle 5.1 id_tokens. */
class SessionFromLaunchTest {

  private static final Instant CREATED = Instant.parse("2026-12-03T10:00:00Z");
  private static final Instant EXPIRES = CREATED.plusSeconds(3600);
  private static final String MOODLE_SERVICES = "http://127.0.0.1:8081/mod/lti/services.php/";

  @Test
  void moodleLaunchBecomesASessionForThatUserDeploymentContextAndLink() {
    LaunchSession session = session(moodle("student1-rk3"));

    assertThat(session.id()).isEqualTo("session-hash");
    assertThat(session.registrationId()).isEqualTo(MoodleFixtures.REGISTRATION_ID);
    assertThat(session.deploymentId()).isEqualTo(MoodleFixtures.DEPLOYMENT_ID);
    assertThat(session.userId()).isEqualTo("4");
    assertThat(session.contextId()).isEqualTo("2");
    assertThat(session.contextTitle()).isEqualTo("LTI Probe Course");
    assertThat(session.resourceLinkId()).isEqualTo("3");
    assertThat(session.messageType()).isEqualTo(LtiClaims.RESOURCE_LINK_REQUEST);
    assertThat(session.locale()).isEqualTo("en");
    assertThat(session.createdAt()).isEqualTo(CREATED);
    assertThat(session.expiresAt()).isEqualTo(EXPIRES);
  }

  @Test
  void sessionKeepsTheNameAndEmailMoodleSent() {
    LaunchSession session = session(moodle("student1-rk3"));

    assertThat(session.userName()).isEqualTo("Student1 Probe");
    assertThat(session.userEmail()).isEqualTo("student1@example.com");
  }

  @Test
  void sessionHasNoNameOrEmailWhenThePlatformSentNone() {
    LaunchSession session =
        session(TestTool.forTestPlatform().launch(TestLaunches.resourceLink().sign()));

    assertThat(session.userName()).isNull();
    assertThat(session.userEmail()).isNull();
  }

  @Test
  void sessionKeepsTheRolesAsSentAndWhatTheyMean() {
    LaunchSession student = session(moodle("student1-rk3"));
    LaunchSession teacher = session(moodle("teacher1"));

    assertThat(student.roles()).containsExactly(LtiClaims.ROLE_CONTEXT_PREFIX + "Learner");
    assertThat(student.coach()).isFalse();
    assertThat(teacher.roles()).contains(LtiClaims.ROLE_CONTEXT_PREFIX + "Instructor");
    assertThat(teacher.coach()).isTrue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void sessionKeepsTheAgsAndNrpsClaims() throws ParseException {
    Map<String, String> services = session(moodle("student1-rk3")).serviceClaims();

    Map<String, Object> ags = JSONObjectUtils.parse(services.get(LtiClaims.AGS_ENDPOINT));
    assertThat(ags)
        .containsEntry("lineitem", MOODLE_SERVICES + "2/lineitems/5/lineitem?type_id=2")
        .containsEntry("lineitems", MOODLE_SERVICES + "2/lineitems?type_id=2");
    assertThat((List<Object>) ags.get("scope")).contains(LtiClaims.SCOPE_SCORE);
    Map<String, Object> nrps = JSONObjectUtils.parse(services.get(LtiClaims.NRPS_SERVICE));
    assertThat(nrps)
        .containsEntry(
            "context_memberships_url", MOODLE_SERVICES + "CourseSection/2/bindings/2/memberships");
    assertThat(services).doesNotContainKey(LtiClaims.DEEP_LINKING_SETTINGS);
  }

  @Test
  void deepLinkingSessionKeepsItsSettingsAndHasNoResourceLink() {
    LaunchSession session = session(moodle("teacher1-deeplinking"));

    assertThat(session.messageType()).isEqualTo(LtiClaims.DEEP_LINKING_REQUEST);
    assertThat(session.resourceLinkId()).isNull();
    assertThat(session.serviceClaims().get(LtiClaims.DEEP_LINKING_SETTINGS))
        .contains("contentitem_return.php");
  }

  @Test
  void sessionKeepsTheCustomParameters() {
    assertThat(session(moodle("student1-rk3")).custom()).containsEntry("card", "RK3");
  }

  @Test
  void sessionKeepsThePresentationReturnUrl() {
    assertThat(session(moodle("student1-rk3")).returnUrl())
        .startsWith("http://127.0.0.1:8081/mod/lti/return.php?course=2")
        .contains("instanceid=3");
  }

  @Test
  void javascriptReturnUrlIsDropped() {
    LaunchSession session =
        session(returningTo("JavaScript:alert(document.cookie)//https://lms.example/"));

    assertThat(session.returnUrl()).isNull();
  }

  @Test
  void httpsReturnUrlOfAnotherPlatformIsKept() {
    LaunchSession session = session(returningTo("https://lms.example/course/1"));

    assertThat(session.returnUrl()).isEqualTo("https://lms.example/course/1");
  }

  private static ValidatedLaunch moodle(String who) {
    return TestTool.forMoodle(who).replay(who, MoodleFixtures.idToken(who));
  }

  private static ValidatedLaunch returningTo(String returnUrl) {
    String token =
        TestLaunches.resourceLink()
            .withClaim(LtiClaims.LAUNCH_PRESENTATION, Map.of("return_url", returnUrl))
            .sign();
    return TestTool.forTestPlatform().launch(token);
  }

  private static LaunchSession session(ValidatedLaunch launch) {
    return new SessionFromLaunch(launch).create("session-hash", CREATED, EXPIRES);
  }
}
