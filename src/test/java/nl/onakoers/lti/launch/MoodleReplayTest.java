package nl.onakoers.lti.launch;

import static nl.onakoers.lti.launch.TestTool.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.MoodleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every id_token captured from Moodle 5.1, replayed at its capture time, and tampered with. */
class MoodleReplayTest {

  static final List<String> LAUNCHES = MoodleFixtures.LAUNCHES;
  private static final String MOODLE_SERVICES = "http://127.0.0.1:8081/mod/lti/services.php/";

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void capturedMoodleLaunchIsAccepted(String who) {
    TestTool tool = TestTool.forMoodle(who);

    ValidatedLaunch launch = tool.replay(who, MoodleFixtures.idToken(who));

    assertThat(launch.registration().id()).isEqualTo(MoodleFixtures.REGISTRATION_ID);
    assertThat(launch.deployment().deploymentId()).isEqualTo("2");
    assertThat(launch.claims().context()).get().extracting(c -> c.id()).isEqualTo("2");
    assertThat(launch.claims().namesAndRoles())
        .get()
        .satisfies(
            nrps -> {
              assertThat(nrps.contextMembershipsUrl())
                  .isEqualTo(MOODLE_SERVICES + "CourseSection/2/bindings/2/memberships");
              assertThat(nrps.serviceVersions()).containsExactly("1.0", "2.0");
            });
    assertThat(launch.claims().agsEndpoint().orElseThrow().grants(LtiClaims.SCOPE_SCORE)).isTrue();
  }

  @Test
  void moodleStudentLaunchIsAParticipantOnTheFixtureActivity() {
    ValidatedLaunch launch =
        TestTool.forMoodle("student1").replay("student1", MoodleFixtures.idToken("student1"));

    LaunchClaims claims = launch.claims();
    assertThat(launch.messageType()).isEqualTo(LtiClaims.RESOURCE_LINK_REQUEST);
    assertThat(claims.subject()).contains("4");
    assertThat(claims.roles().isParticipant()).isTrue();
    assertThat(claims.roles().isCoach()).isFalse();
    assertThat(claims.email()).contains("student1@example.com");
    assertThat(claims.locale()).contains("en");
    assertThat(claims.documentTarget()).contains("iframe");
    assertThat(claims.resourceLink()).get().extracting(l -> l.id()).isEqualTo("2");
    assertThat(claims.agsEndpoint().orElseThrow().lineItem())
        .contains(MOODLE_SERVICES + "2/lineitems/3/lineitem?type_id=2");
  }

  @Test
  void moodleTeacherLaunchIsACoach() {
    ValidatedLaunch launch =
        TestTool.forMoodle("teacher1").replay("teacher1", MoodleFixtures.idToken("teacher1"));

    assertThat(launch.claims().subject()).contains("3");
    assertThat(launch.claims().roles().isCoach()).isTrue();
    assertThat(launch.claims().roles().isParticipant()).isFalse();
  }

  @Test
  void moodleDeepLinkingRequestCarriesItsSettings() {
    String who = "teacher1-deeplinking";
    ValidatedLaunch launch = TestTool.forMoodle(who).replay(who, MoodleFixtures.idToken(who));

    assertThat(launch.isDeepLinking()).isTrue();
    assertThat(launch.claims().roles().isCoach()).isTrue();
    assertThat(launch.claims().resourceLink()).isEmpty();
    assertThat(launch.claims().agsEndpoint().orElseThrow().lineItem()).isEmpty();
    LaunchClaims.DeepLinkingSettings settings = launch.claims().deepLinkingSettings().orElseThrow();
    assertThat(settings.returnUrl())
        .startsWith("http://127.0.0.1:8081/mod/lti/contentitem_return.php?course=2&id=2");
    assertThat(settings.acceptTypes()).containsExactly("ltiResourceLink");
    assertThat(settings.acceptMultiple()).isTrue();
    assertThat(settings.data()).isEmpty();
    assertThat(settings.title()).contains("Fixture Java Tool");
  }

  @Test
  void moodleLaunchOfDeepLinkedActivityCarriesItsCustomParameter() {
    String who = "student1-rk3";
    ValidatedLaunch launch = TestTool.forMoodle(who).replay(who, MoodleFixtures.idToken(who));

    assertThat(launch.claims().resourceLink()).get().extracting(l -> l.id()).isEqualTo("3");
    assertThat(launch.claims().custom()).containsEntry("card", "RK3");
    assertThat(launch.claims().roles().isParticipant()).isTrue();
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void replayedMoodleLaunchIsRejectedAsUsed(String who) {
    TestTool tool = TestTool.forMoodle(who);
    tool.replay(who, MoodleFixtures.idToken(who));

    assertRejected(() -> tool.replay(who, MoodleFixtures.idToken(who)), LaunchError.STATE_USED);
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchWithAFlippedSignatureByteIsRejected(String who) {
    String[] parts = MoodleFixtures.idToken(who).split("\\.");
    byte[] signature = new Base64URL(parts[2]).decode();
    signature[signature.length / 2] ^= 0x01;
    String tampered = parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);

    assertRejected(
        () -> TestTool.forMoodle(who).replay(who, tampered), LaunchError.SIGNATURE_INVALID);
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchWithChangedClaimsAndTheOriginalSignatureIsRejected(String who) {
    String[] parts = MoodleFixtures.idToken(who).split("\\.");
    String tampered = parts[0] + "." + promotedPayload(who).toBase64URL() + "." + parts[2];

    assertRejected(
        () -> TestTool.forMoodle(who).replay(who, tampered), LaunchError.SIGNATURE_INVALID);
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchResignedWithAnotherKeyUnderMoodlesKidIsRejected(String who) {
    RSAKey impostor = TestLaunches.generateKey(MoodleFixtures.PLATFORM_KID);

    assertRejected(
        () -> TestTool.forMoodle(who).replay(who, resign(who, impostor)),
        LaunchError.SIGNATURE_INVALID);
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchResignedWithAnotherKeyUnderItsOwnKidIsRejected(String who) {
    RSAKey impostor = TestLaunches.generateKey("impostor-key");

    assertRejected(
        () -> TestTool.forMoodle(who).replay(who, resign(who, impostor)), LaunchError.KEY_UNKNOWN);
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchIsAcceptedUntilSixtySecondsAfterExpiry(String who) {
    TestTool tool = TestTool.forMoodle(who);
    tool.clock.set(MoodleFixtures.expiresAt(who).plus(TokenClaimChecks.CLOCK_SKEW_LEEWAY));

    assertThat(tool.replay(who, MoodleFixtures.idToken(who))).isNotNull();
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchIsRejectedMoreThanSixtySecondsAfterExpiry(String who) {
    TestTool tool = TestTool.forMoodle(who);
    tool.clock.set(
        MoodleFixtures.expiresAt(who).plus(TokenClaimChecks.CLOCK_SKEW_LEEWAY).plusSeconds(1));

    assertRejected(() -> tool.replay(who, MoodleFixtures.idToken(who)), LaunchError.TOKEN_EXPIRED);
  }

  @ParameterizedTest
  @FieldSource("LAUNCHES")
  void moodleLaunchIsRejectedMoreThanSixtySecondsBeforeItWasIssued(String who) {
    TestTool tool = TestTool.forMoodle(who);
    tool.clock.set(
        MoodleFixtures.issuedAt(who).minus(TokenClaimChecks.CLOCK_SKEW_LEEWAY).minusSeconds(1));

    assertRejected(
        () -> tool.replay(who, MoodleFixtures.idToken(who)), LaunchError.TOKEN_ISSUED_IN_FUTURE);
  }

  /** The fixture's claims with the user made an instructor. */
  private static Payload promotedPayload(String who) {
    Map<String, Object> claims = new LinkedHashMap<>(MoodleFixtures.decodedClaims(who));
    claims.put(LtiClaims.ROLES, List.of(LtiClaims.ROLE_CONTEXT_PREFIX + LtiClaims.ROLE_INSTRUCTOR));
    claims.put("sub", "4");
    return new Payload(claims);
  }

  private static String resign(String who, RSAKey key) {
    try {
      JWSObject jws =
          new JWSObject(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              promotedPayload(who));
      jws.sign(new RSASSASigner(key));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
