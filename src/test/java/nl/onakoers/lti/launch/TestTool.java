package nl.onakoers.lti.launch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.login.InMemoryLoginStateRepository;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.PlatformKeys;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.StubJwksFetcher;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The validator with in-memory repositories, a stubbed JWKS and a clock the test moves. */
final class TestTool {

  static final String REGISTRATION_ID = "registration-1";

  final MutableClock clock;
  final InMemoryLoginStateRepository loginStates = new InMemoryLoginStateRepository();
  final InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
  final StubJwksFetcher jwks;
  final LaunchValidator validator;

  private TestTool(Instant now, JWKSet keys) {
    clock = new MutableClock(now);
    jwks = new StubJwksFetcher(keys);
    validator =
        new LaunchValidator(loginStates, registrations, new PlatformKeys(jwks, clock), clock);
  }

  /** The made-up platform of {@link TestLaunches}, with its deployment active. */
  static TestTool forTestPlatform() {
    TestTool tool =
        new TestTool(TestLaunches.NOW, new JWKSet(TestLaunches.PLATFORM_KEY.toPublicJWK()));
    tool.registrations.save(testRegistration(false));
    tool.registrations.saveDeployment(
        deployment(TestLaunches.DEPLOYMENT_ID, DeploymentStatus.ACTIVE));
    return tool;
  }

  /** The Moodle 5.1 fixture platform at the moment {@code who} was captured, state seeded. */
  static TestTool forMoodle(String who) {
    TestTool tool = new TestTool(MoodleFixtures.capturedAt(who), MoodleFixtures.platformJwks());
    tool.registrations.save(MoodleFixtures.registration());
    tool.registrations.saveDeployment(MoodleFixtures.activeDeployment());
    tool.loginStates.add(MoodleFixtures.loginState(who));
    return tool;
  }

  static Registration testRegistration(boolean autoApprove) {
    return new Registration(
        REGISTRATION_ID,
        TestLaunches.ISSUER,
        TestLaunches.CLIENT_ID,
        URI.create("https://lms.example/auth"),
        URI.create("https://lms.example/token"),
        null,
        URI.create("https://lms.example/jwks"),
        "Test LMS",
        PlatformKind.GENERIC,
        autoApprove,
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  static Deployment deployment(String id, DeploymentStatus status) {
    return new Deployment(REGISTRATION_ID, id, status, "", Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** Stores a fresh login state for the resource link URL; returns the state value. */
  String issueState() {
    return issueState(TestLaunches.LAUNCH_URL);
  }

  String issueState(String targetLinkUri) {
    return issueState(targetLinkUri, null);
  }

  /** A login state whose initiation named a platform storage target (Canvas sends one). */
  String issueStateWithPlatformStorage() {
    return issueState(TestLaunches.LAUNCH_URL, "post_message_forwarding");
  }

  private String issueState(String targetLinkUri, String storageTarget) {
    String state = UUID.randomUUID().toString();
    Instant now = clock.instant();
    loginStates.add(
        new LoginState(
            state,
            TestLaunches.NONCE,
            REGISTRATION_ID,
            targetLinkUri,
            targetLinkUri,
            storageTarget,
            "user-7",
            null,
            null,
            now,
            now.plusSeconds(300),
            null));
    return state;
  }

  /** A resource-link launch of the token, through a fresh state and its cookie. */
  ValidatedLaunch launch(String token) {
    String state = issueState();
    return validator.validate(
        new LaunchRequest(token, state, state, null, LaunchEndpoint.RESOURCE_LINK));
  }

  ValidatedLaunch deepLink(String token) {
    String state = issueState(TestLaunches.DEEP_LINK_URL);
    return validator.validate(
        new LaunchRequest(token, state, state, null, LaunchEndpoint.DEEP_LINKING));
  }

  /** Replays a Moodle fixture token with its captured state, cookie bound. */
  ValidatedLaunch replay(String who, String token) {
    String state = MoodleFixtures.loginState(who).state();
    LaunchEndpoint endpoint =
        MoodleFixtures.isDeepLinking(who)
            ? LaunchEndpoint.DEEP_LINKING
            : LaunchEndpoint.RESOURCE_LINK;
    return validator.validate(new LaunchRequest(token, state, state, null, endpoint));
  }

  static void assertRejected(ThrowingCallable launch, LaunchError expected) {
    assertThatThrownBy(launch)
        .isInstanceOf(LaunchRejectedException.class)
        .extracting(e -> ((LaunchRejectedException) e).error())
        .isEqualTo(expected);
  }
}
