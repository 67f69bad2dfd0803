package nl.onakoers.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicRegistrationTest {

  private static final String TOKEN = "registration-token-from-the-lms";
  private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

  private final InMemoryRegistrationRepository repository = new InMemoryRegistrationRepository();
  private final Map<String, String> settings = new HashMap<>(Map.of("ona.base.url", BASE));
  private StubPlatform platform;

  private static final String BASE = "https://ona.school.example";

  @AfterEach
  void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void moodleIsRegisteredPendingWithItsEndpointsAndAPendingDeployment() throws Exception {
    platform = StubPlatform.moodle();

    Registration registration = registration().register(platform.configurationUrl(), TOKEN);

    assertThat(registration.issuer()).isEqualTo(platform.origin());
    assertThat(registration.clientId()).isEqualTo("dynRegClient01");
    assertThat(registration.authUrl()).hasToString(platform.origin() + "/mod/lti/auth.php");
    assertThat(registration.tokenUrl()).hasToString(platform.origin() + "/mod/lti/token.php");
    assertThat(registration.jwksUrl()).hasToString(platform.origin() + "/mod/lti/certs.php");
    assertThat(registration.kind()).isEqualTo(PlatformKind.MOODLE);
    assertThat(registration.autoApproveDeployments()).isFalse();
    assertThat(registration.status()).isEqualTo(RegistrationStatus.PENDING);
    assertThat(repository.find(registration.id()))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.PENDING));
    assertThat(registration.frameOrigins()).as("configuration on the issuer's origin").isEmpty();
    assertThat(repository.deployments(registration.id()))
        .singleElement()
        .satisfies(d -> assertThat(d.deploymentId()).isEqualTo("7"))
        .satisfies(d -> assertThat(d.status()).isEqualTo(DeploymentStatus.PENDING));
  }

  @Test
  void theRegistrationSentToMoodleHasEveryRequiredMember() throws Exception {
    platform = StubPlatform.moodle();

    registration().register(platform.configurationUrl(), TOKEN);

    StubPlatform.Received sent = platform.registration();
    assertThat(sent.path()).isEqualTo("/register");
    assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
    Map<String, Object> body = sent.json();
    assertThat(body)
        .containsEntry("application_type", "web")
        .containsEntry("response_types", List.of("id_token"))
        .containsEntry("grant_types", List.of("implicit", "client_credentials"))
        .containsEntry("initiate_login_uri", BASE + "/lti/login")
        .containsEntry("redirect_uris", List.of(BASE + "/lti/launch", BASE + "/lti/deep-link"))
        .containsEntry("jwks_uri", BASE + "/lti/jwks")
        .containsEntry("token_endpoint_auth_method", "private_key_jwt")
        .containsEntry("client_name", "ONA Koers")
        .containsKey("logo_uri");
    assertThat(((String) body.get("scope")).split(" "))
        .containsExactlyInAnyOrderElementsOf(ToolProfile.SCOPES);
    Map<String, Object> tool = toolConfiguration(body);
    assertThat(tool)
        .containsEntry("domain", "ona.school.example")
        .containsEntry("target_link_uri", BASE + "/lti/launch")
        .containsEntry("claims", ToolProfile.CLAIMS)
        .doesNotContainKey(ToolRegistrationRequest.CANVAS_PRIVACY_LEVEL);
    assertThat(messages(tool))
        .extracting(m -> m.get("type"), m -> m.get("target_link_uri"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LtiClaims.RESOURCE_LINK_REQUEST, BASE + "/lti/launch"),
            org.assertj.core.groups.Tuple.tuple(
                LtiClaims.DEEP_LINKING_REQUEST, BASE + "/lti/deep-link"));
  }

  @Test
  void canvasGetsItsPrivacyLevelAndPlacementsAndOnlyTheScopesItOffers() throws Exception {
    platform = StubPlatform.canvas();

    Registration registration = canvasRegistration().register(platform.configurationUrl(), TOKEN);

    assertThat(registration.issuer()).isEqualTo("https://canvas.instructure.com");
    assertThat(registration.kind()).isEqualTo(PlatformKind.CANVAS);
    assertThat(registration.frameOrigins())
        .as("the school's Canvas address frames the tool")
        .containsExactly(platform.origin());
    assertThat(repository.deployments(registration.id())).isEmpty();
    Map<String, Object> body = platform.registration().json();
    assertThat(((String) body.get("scope")).split(" "))
        .containsExactly(
            LtiClaims.SCOPE_LINEITEM,
            LtiClaims.SCOPE_SCORE,
            LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY);
    Map<String, Object> tool = toolConfiguration(body);
    assertThat(tool).containsEntry(ToolRegistrationRequest.CANVAS_PRIVACY_LEVEL, "name_only");
    assertThat(messages(tool))
        .extracting(m -> m.get("placements"))
        .containsExactly(
            List.of("course_navigation"), List.of("assignment_selection", "link_selection"));
  }

  @Test
  void withoutATokenNoAuthorizationHeaderIsSent() throws Exception {
    platform = StubPlatform.moodle();

    registration().register(platform.configurationUrl(), null);

    assertThat(platform.received()).allSatisfy(r -> assertThat(r.authorization()).isNull());
  }

  @Test
  void autoApprovalMakesTheRegistrationAndTheDeploymentActive() throws Exception {
    platform = StubPlatform.moodle();
    settings.put("ona.registration.auto.approve", "true");

    Registration registration = registration().register(platform.configurationUrl(), TOKEN);

    assertThat(registration.autoApproveDeployments()).isTrue();
    assertThat(registration.status()).isEqualTo(RegistrationStatus.ACTIVE);
    assertThat(repository.deployments(registration.id()))
        .singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(DeploymentStatus.ACTIVE));
  }

  @Test
  void inspectingShowsThePlatformWithoutRegistering() throws Exception {
    platform = StubPlatform.moodle();

    PlatformConfiguration configuration =
        registration().inspect(platform.configurationUrl(), TOKEN);

    assertThat(configuration.displayName()).startsWith("moodle 5.1+");
    assertThat(configuration.supportsDeepLinking()).isTrue();
    assertThat(platform.received()).extracting(StubPlatform.Received::method).containsOnly("GET");
    assertThat(repository.all()).isEmpty();
  }

  @Test
  void plainHttpIsRejectedForOtherHostsThanLocalhost() {
    assertRejected(
        () -> registration().inspect("http://moodle.school.example/config", TOKEN),
        RegistrationError.URL_INSECURE);
  }

  @Test
  void aMissingConfigurationUrlIsRejected() {
    assertRejected(() -> registration().inspect(" ", TOKEN), RegistrationError.PARAM_MISSING);
  }

  @Test
  void anIssuerOfAnotherHostIsRejected() throws Exception {
    platform = StubPlatform.moodle();
    platform.replaceConfiguration(
        "\"issuer\": \"" + platform.origin() + "\"", "\"issuer\": \"https://evil.example\"");

    assertRejected(
        () -> registration().inspect(platform.configurationUrl(), TOKEN),
        RegistrationError.ISSUER_MISMATCH);
  }

  @Test
  void canvasIssuerIsRejectedFromAHostOutsideCanvas() throws Exception {
    platform = StubPlatform.canvas();

    assertRejected(
        () -> registration().inspect(platform.configurationUrl(), TOKEN),
        RegistrationError.ISSUER_MISMATCH);
  }

  @Test
  void aConfigurationWithoutRegistrationEndpointIsRejected() throws Exception {
    platform = StubPlatform.moodle();
    platform.replaceConfiguration("\"registration_endpoint\"", "\"other_endpoint\"");

    assertRejected(
        () -> registration().inspect(platform.configurationUrl(), TOKEN),
        RegistrationError.CONFIGURATION_INVALID);
  }

  @Test
  void aPlatformWithoutResourceLinkLaunchesIsRejected() throws Exception {
    platform = StubPlatform.moodle();
    platform.replaceConfiguration("\"LtiResourceLinkRequest\"", "\"LtiSubmissionReviewRequest\"");

    assertRejected(
        () -> registration().inspect(platform.configurationUrl(), TOKEN),
        RegistrationError.PLATFORM_UNSUPPORTED);
  }

  @Test
  void aPlatformAnswering4xxIsReportedAndNothingIsStored() throws Exception {
    platform = StubPlatform.moodle();
    platform.answerRegistration(400, "{\"error\":\"token_already_used\"}");

    assertThatThrownBy(() -> registration().register(platform.configurationUrl(), TOKEN))
        .isInstanceOf(RegistrationRejectedException.class)
        .hasMessageContaining("400")
        .hasMessageNotContaining("token_already_used")
        .satisfies(e -> assertError(e, RegistrationError.PLATFORM_REFUSED));
    assertThat(repository.all()).isEmpty();
  }

  @Test
  void anAnswerWithoutClientIdIsRejected() throws Exception {
    platform = StubPlatform.moodle();
    platform.answerRegistration(200, "{\"application_type\":\"web\"}");

    assertRejected(
        () -> registration().register(platform.configurationUrl(), TOKEN),
        RegistrationError.ANSWER_INVALID);
  }

  @Test
  void anAnswerWithIdsLongerThanTheToolStoresIsRejectedAndNothingIsStored() throws Exception {
    platform = StubPlatform.moodle();
    String tooLong = "d".repeat(256);
    platform.answerRegistration(
        200,
        "{\"client_id\":\"c1\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":"
            + "{\"deployment_id\":\""
            + tooLong
            + "\"}}");

    assertRejected(
        () -> registration().register(platform.configurationUrl(), TOKEN),
        RegistrationError.ANSWER_INVALID);
    platform.answerRegistration(200, "{\"client_id\":\"" + tooLong + "\"}");
    assertRejected(
        () -> registration().register(platform.configurationUrl(), TOKEN),
        RegistrationError.ANSWER_INVALID);
    assertThat(repository.all()).isEmpty();
  }

  @Test
  void aLongProductNameIsCutToWhatTheToolStores() throws Exception {
    platform = StubPlatform.canvas();
    platform.replaceConfiguration("\"OpenSource\"", "\"" + "v".repeat(400) + "\"");

    Registration registration = canvasRegistration().register(platform.configurationUrl(), TOKEN);

    assertThat(registration.displayName()).hasSizeLessThanOrEqualTo(255).startsWith("canvas v");
  }

  @Test
  void registeringTheSameClientTwiceIsAConflict() throws Exception {
    platform = StubPlatform.moodle();
    registration().register(platform.configurationUrl(), TOKEN);

    assertRejected(
        () -> registration().register(platform.configurationUrl(), TOKEN),
        RegistrationError.ALREADY_REGISTERED);
  }

  @Test
  void theTokenNeverAppearsInARejection() throws Exception {
    platform = StubPlatform.moodle();
    platform.answerRegistration(500, TOKEN);

    assertThatThrownBy(() -> registration().register(platform.configurationUrl(), TOKEN))
        .hasMessageNotContaining(TOKEN);
  }

  private DynamicRegistration registration() {
    return registration(new AddressRules());
  }

  private DynamicRegistration canvasRegistration() {
    return registration(new AddressRules(List.of("instructure.com", "canvaslms.com", "127.0.0.1")));
  }

  private DynamicRegistration registration(AddressRules rules) {
    return new DynamicRegistration(
        new PlatformClient(),
        rules,
        repository,
        new RegisteredFrameAncestors(repository),
        new Settings(settings::get),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> toolConfiguration(Map<String, Object> body) {
    return (Map<String, Object>) body.get(ToolRegistrationRequest.TOOL_CONFIGURATION);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> messages(Map<String, Object> tool) {
    return (List<Map<String, Object>>) tool.get("messages");
  }

  private static void assertRejected(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, RegistrationError expected) {
    assertThatThrownBy(call)
        .isInstanceOf(RegistrationRejectedException.class)
        .satisfies(e -> assertError(e, expected));
  }

  private static void assertError(Throwable e, RegistrationError expected) {
    assertThat(((RegistrationRejectedException) e).error()).isEqualTo(expected);
  }
}
