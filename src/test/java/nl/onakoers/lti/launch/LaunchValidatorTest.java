package nl.onakoers.lti.launch;

import static nl.onakoers.lti.launch.TestTool.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.login.LoginStateRepository;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.PlatformKeys;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** One negative test per validation step, plus the cases around keys and deployments. */
class LaunchValidatorTest {

  private final TestTool tool = TestTool.forTestPlatform();

  @Test
  void validResourceLinkLaunchIsAccepted() {
    ValidatedLaunch launch = tool.launch(TestLaunches.resourceLink().sign());

    assertThat(launch.messageType()).isEqualTo(LtiClaims.RESOURCE_LINK_REQUEST);
    assertThat(launch.deployment().deploymentId()).isEqualTo(TestLaunches.DEPLOYMENT_ID);
    assertThat(launch.claims().resourceLink()).get().extracting(l -> l.id()).isEqualTo("link-1");
    assertThat(launch.claims().roles().isParticipant()).isTrue();
  }

  @Test
  void validDeepLinkingRequestIsAccepted() {
    ValidatedLaunch launch = tool.deepLink(TestLaunches.deepLinking().sign());

    assertThat(launch.isDeepLinking()).isTrue();
    assertThat(launch.claims().deepLinkingSettings().orElseThrow().data()).contains("opaque-data");
  }

  // State

  @Test
  void launchIsRejectedWhenNoStateIsPosted() {
    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), null, null), LaunchError.STATE_UNKNOWN);
  }

  @Test
  void launchIsRejectedWhenStateWasNeverIssued() {
    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), "made-up", "made-up"),
        LaunchError.STATE_UNKNOWN);
  }

  @Test
  void launchIsRejectedWhenStateHasExpired() {
    String state = tool.issueState();
    tool.clock.advance(Duration.ofMinutes(5));

    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), state, state),
        LaunchError.STATE_EXPIRED);
  }

  @Test
  void launchIsRejectedWhenStateWasAlreadyUsed() {
    String state = tool.issueState();
    tool.loginStates.markUsed(state, TestLaunches.NOW);

    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), state, state), LaunchError.STATE_USED);
  }

  @Test
  void launchIsRejectedWhenBrowserSentNeitherCookieNorStorageProof() {
    String state = tool.issueState();

    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), state, null),
        LaunchError.STATE_NOT_BOUND);
  }

  @Test
  void launchIsRejectedWhenCookieHoldsAnotherState() {
    String state = tool.issueState();
    String other = tool.issueState();

    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), state, other),
        LaunchError.STATE_NOT_BOUND);
  }

  @Test
  void launchIsAcceptedWithPlatformStorageProofInsteadOfCookie() {
    String state = tool.issueStateWithPlatformStorage();
    LaunchRequest request =
        new LaunchRequest(
            TestLaunches.resourceLink().sign(), state, null, state, LaunchEndpoint.RESOURCE_LINK);

    assertThat(tool.validator.validate(request)).isNotNull();
  }

  @Test
  void launchIsRejectedWhenAStoredIdentifierIsLongerThanItsColumn() {
    String longSub = "u".repeat(ClaimSizes.MAX_IDENTIFIER + 1);

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withClaim("sub", longSub).sign()),
        LaunchError.CLAIM_INVALID);
  }

  @Test
  void launchIsRejectedWhenTheRolesListIsAbsurdlyLong() {
    String[] roles = new String[400];
    java.util.Arrays.fill(roles, "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withRoles(roles).sign()),
        LaunchError.CLAIM_INVALID);
  }

  @Test
  void launchIsRejectedWhenAStorageProofComesForALoginWithoutPlatformStorage() {
    String state = tool.issueState();
    LaunchRequest request =
        new LaunchRequest(
            TestLaunches.resourceLink().sign(), state, null, state, LaunchEndpoint.RESOURCE_LINK);

    assertRejected(() -> tool.validator.validate(request), LaunchError.STATE_NOT_BOUND);
  }

  @Test
  void launchIsRejectedWhenTheSameLaunchIsPostedTwice() {
    String token = TestLaunches.resourceLink().sign();
    String state = tool.issueState();
    validate(token, state, state);

    assertRejected(() -> validate(token, state, state), LaunchError.STATE_USED);
  }

  @Test
  void launchIsRejectedWhenAConcurrentLaunchSpentTheStateFirst() {
    String state = tool.issueState();
    LaunchValidator racing =
        new LaunchValidator(
            new SpentOnMarkLoginStates(tool.loginStates.find(state).orElseThrow()),
            tool.registrations,
            new PlatformKeys(tool.jwks, tool.clock),
            tool.clock);

    assertRejected(
        () ->
            racing.validate(
                new LaunchRequest(
                    TestLaunches.resourceLink().sign(),
                    state,
                    state,
                    null,
                    LaunchEndpoint.RESOURCE_LINK)),
        LaunchError.STATE_USED);
  }

  @Test
  void stateIsSpentEvenWhenTheTokenIsRejected() {
    String state = tool.issueState();

    assertRejected(() -> validate("not-a-token", state, state), LaunchError.TOKEN_MALFORMED);
    assertThat(tool.loginStates.find(state).orElseThrow().isUsed()).isTrue();
  }

  // Token shape

  @Test
  void launchIsRejectedWhenNoIdTokenIsPosted() {
    assertRejected(() -> tool.launch(null), LaunchError.TOKEN_MISSING);
  }

  @Test
  void launchIsRejectedWhenIdTokenIsLargerThan64KiB() {
    String huge =
        TestLaunches.resourceLink()
            .withClaim("padding", "x".repeat(TokenChecks.MAX_TOKEN_CHARS))
            .sign();

    assertRejected(() -> tool.launch(huge), LaunchError.TOKEN_TOO_LARGE);
    assertThat(LaunchError.TOKEN_TOO_LARGE.httpStatus()).isEqualTo(413);
  }

  @Test
  void launchIsRejectedWhenIdTokenIsNotAJwt() {
    assertRejected(() -> tool.launch("abc.def"), LaunchError.TOKEN_MALFORMED);
    assertRejected(() -> tool.launch("a.b.c"), LaunchError.TOKEN_MALFORMED);
  }

  @Test
  void launchIsRejectedWhenIdTokenIsUnsigned() {
    String unsigned = new PlainJWT(claimsOf(TestLaunches.resourceLink())).serialize();

    assertRejected(() -> tool.launch(unsigned), LaunchError.SIGNATURE_ALGORITHM);
  }

  @Test
  void launchIsRejectedWhenSignedWithHs256UsingThePublicKeyAsSecret() throws Exception {
    RSAKey publicKey = TestLaunches.PLATFORM_KEY.toPublicJWK();
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).build(),
            TestLaunches.resourceLink().payload());
    jws.sign(new MACSigner(publicKey.toRSAPublicKey().getEncoded()));

    assertRejected(() -> tool.launch(jws.serialize()), LaunchError.SIGNATURE_ALGORITHM);
  }

  // Registration and signature

  @Test
  void launchIsRejectedWhenTheRegistrationWaitsForApproval() {
    String state = tool.issueState();
    Registration registration = tool.registrations.find(TestTool.REGISTRATION_ID).orElseThrow();
    tool.registrations.save(registration.withStatus(RegistrationStatus.PENDING));

    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), state, state),
        LaunchError.REGISTRATION_PENDING);
  }

  @Test
  void launchIsRejectedWhenTheRegistrationWasRemovedSinceLogin() {
    String state = tool.issueState();
    tool.registrations.delete(TestTool.REGISTRATION_ID);

    assertRejected(
        () -> validate(TestLaunches.resourceLink().sign(), state, state),
        LaunchError.REGISTRATION_UNKNOWN);
  }

  @Test
  void launchIsRejectedWhenJwsHeaderHasNoKid() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withKid(null).sign()),
        LaunchError.KEY_UNKNOWN);
  }

  @Test
  void launchIsRejectedWhenKidIsNotPublished() {
    RSAKey stranger = TestLaunches.generateKey("stranger");

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().signedWith(stranger).sign()),
        LaunchError.KEY_UNKNOWN);
  }

  @Test
  void launchIsRejectedWhenSignedByAnotherKeyUnderAPublishedKid() {
    RSAKey impostor = TestLaunches.generateKey(TestLaunches.PLATFORM_KEY.getKeyID());

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().signedWith(impostor).sign()),
        LaunchError.SIGNATURE_INVALID);
  }

  @Test
  void launchIsRejectedWhenPlatformKeysCannotBeFetched() {
    tool.jwks.fail();

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().sign()),
        LaunchError.PLATFORM_KEYS_UNAVAILABLE);
    assertThat(LaunchError.PLATFORM_KEYS_UNAVAILABLE.httpStatus()).isEqualTo(502);
  }

  @Test
  void launchWithRotatedKeyIsAcceptedAfterOneRefetch() {
    tool.launch(TestLaunches.resourceLink().sign());
    RSAKey rotated = TestLaunches.generateKey("platform-key-2");
    tool.jwks.serve(new JWKSet(rotated.toPublicJWK()));
    tool.clock.advance(Duration.ofMinutes(5));

    assertThat(
            tool.launch(
                TestLaunches.resourceLink()
                    .issuedAt(tool.clock.instant())
                    .expiresAt(tool.clock.instant().plusSeconds(60))
                    .signedWith(rotated)
                    .sign()))
        .isNotNull();
    assertThat(tool.jwks.fetches()).isEqualTo(2);
  }

  @Test
  void launchWithUnknownKidIsRejectedWhenRefetchStillLacksIt() {
    tool.launch(TestLaunches.resourceLink().sign());
    tool.clock.advance(Duration.ofSeconds(40));
    RSAKey stranger = TestLaunches.generateKey("stranger");
    String token =
        TestLaunches.resourceLink().issuedAt(tool.clock.instant()).signedWith(stranger).sign();

    assertRejected(() -> tool.launch(token), LaunchError.KEY_UNKNOWN);
    assertThat(tool.jwks.fetches()).isEqualTo(2);
  }

  @Test
  void secondUnknownKidWithinTheCoolDownDoesNotRefetch() {
    tool.launch(TestLaunches.resourceLink().sign());
    tool.clock.advance(Duration.ofSeconds(40));
    String first = TestLaunches.resourceLink().issuedAt(tool.clock.instant()).withKid("x-1").sign();
    String second =
        TestLaunches.resourceLink().issuedAt(tool.clock.instant()).withKid("x-2").sign();

    assertRejected(() -> tool.launch(first), LaunchError.KEY_UNKNOWN);
    assertRejected(() -> tool.launch(second), LaunchError.KEY_UNKNOWN);
    assertThat(tool.jwks.fetches()).isEqualTo(2);
  }

  // Issuer and audience

  @Test
  void launchIsRejectedWhenIssuerDiffers() {
    assertRejected(
        () ->
            tool.launch(
                TestLaunches.resourceLink().withClaim("iss", "https://other.example").sign()),
        LaunchError.ISSUER_MISMATCH);
  }

  @Test
  void launchIsRejectedWhenAudienceLacksClientId() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withAudience("another-client").sign()),
        LaunchError.AUDIENCE_MISMATCH);
  }

  @Test
  void launchIsRejectedWhenAudienceHasSeveralValuesAndNoAzp() {
    String token =
        TestLaunches.resourceLink().withAudience(List.of(TestLaunches.CLIENT_ID, "other")).sign();

    assertRejected(() -> tool.launch(token), LaunchError.AZP_INVALID);
  }

  @Test
  void launchIsAcceptedWhenAudienceHasSeveralValuesAndAzpIsTheClient() {
    String token =
        TestLaunches.resourceLink()
            .withAudience(List.of("other", TestLaunches.CLIENT_ID))
            .withClaim(LtiClaims.AUTHORIZED_PARTY, TestLaunches.CLIENT_ID)
            .sign();

    assertThat(tool.launch(token)).isNotNull();
  }

  @Test
  void launchIsRejectedWhenAzpIsAnotherClient() {
    String token =
        TestLaunches.resourceLink().withClaim(LtiClaims.AUTHORIZED_PARTY, "other").sign();

    assertRejected(() -> tool.launch(token), LaunchError.AZP_INVALID);
  }

  // Time

  @Test
  void launchIsRejectedWhenTokenExpiredMoreThanTheLeewayAgo() {
    Instant exp = TestLaunches.NOW.minus(TokenClaimChecks.CLOCK_SKEW_LEEWAY).minusSeconds(1);

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().expiresAt(exp).sign()),
        LaunchError.TOKEN_EXPIRED);
  }

  @Test
  void launchIsAcceptedWhenTokenExpiredWithinTheLeeway() {
    Instant exp = TestLaunches.NOW.minusSeconds(30);

    assertThat(tool.launch(TestLaunches.resourceLink().expiresAt(exp).sign())).isNotNull();
  }

  @Test
  void launchIsRejectedWhenTokenIsIssuedInTheFuture() {
    Instant iat = TestLaunches.NOW.plus(TokenClaimChecks.CLOCK_SKEW_LEEWAY).plusSeconds(1);

    assertRejected(
        () ->
            tool.launch(
                TestLaunches.resourceLink().issuedAt(iat).expiresAt(iat.plusSeconds(60)).sign()),
        LaunchError.TOKEN_ISSUED_IN_FUTURE);
  }

  @Test
  void launchIsRejectedWhenTokenIsNotYetValid() {
    long nbf = TestLaunches.NOW.plusSeconds(120).getEpochSecond();

    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withClaim("nbf", nbf).sign()),
        LaunchError.TOKEN_NOT_YET_VALID);
  }

  @Test
  void launchIsRejectedWhenExpIsMissing() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without("exp").sign()),
        LaunchError.CLAIM_MISSING);
  }

  // Nonce

  @Test
  void launchIsRejectedWhenNonceDoesNotMatch() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withClaim(LtiClaims.NONCE, "other").sign()),
        LaunchError.NONCE_MISMATCH);
  }

  @Test
  void launchIsRejectedWhenNonceIsMissing() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without(LtiClaims.NONCE).sign()),
        LaunchError.NONCE_MISMATCH);
  }

  @Test
  void rejectionDetailNeverContainsNonceOrState() {
    String state = tool.issueState();
    String token = TestLaunches.resourceLink().withClaim(LtiClaims.NONCE, "secret-nonce").sign();

    assertThatThrownBy(() -> validate(token, state, state))
        .isInstanceOf(LaunchRejectedException.class)
        .message()
        .doesNotContain("secret-nonce", TestLaunches.NONCE, state, token);
  }

  // Deployment

  @Test
  void launchFromUnknownDeploymentIsRejectedAndRecordedAsPending() {
    String token = TestLaunches.resourceLink().withClaim(LtiClaims.DEPLOYMENT_ID, "new-dep").sign();

    assertRejected(() -> tool.launch(token), LaunchError.DEPLOYMENT_UNKNOWN);
    assertThat(tool.registrations.findDeployment(TestTool.REGISTRATION_ID, "new-dep"))
        .get()
        .extracting(Deployment::status)
        .isEqualTo(DeploymentStatus.PENDING);
  }

  @Test
  void launchFromUnknownDeploymentIsAcceptedWhenRegistrationAutoApproves() {
    tool.registrations.save(TestTool.testRegistration(true));
    String token = TestLaunches.resourceLink().withClaim(LtiClaims.DEPLOYMENT_ID, "new-dep").sign();

    ValidatedLaunch launch = tool.launch(token);

    assertThat(launch.deployment().status()).isEqualTo(DeploymentStatus.ACTIVE);
    assertThat(tool.registrations.findDeployment(TestTool.REGISTRATION_ID, "new-dep")).isPresent();
  }

  @Test
  void launchIsRejectedWhenDeploymentIsPending() {
    tool.registrations.saveDeployment(TestTool.deployment("waiting", DeploymentStatus.PENDING));
    String token = TestLaunches.resourceLink().withClaim(LtiClaims.DEPLOYMENT_ID, "waiting").sign();

    assertRejected(() -> tool.launch(token), LaunchError.DEPLOYMENT_NOT_ACTIVE);
  }

  @Test
  void launchIsRejectedWhenDeploymentWasRejected() {
    tool.registrations.saveDeployment(TestTool.deployment("refused", DeploymentStatus.REJECTED));
    String token = TestLaunches.resourceLink().withClaim(LtiClaims.DEPLOYMENT_ID, "refused").sign();

    assertRejected(() -> tool.launch(token), LaunchError.DEPLOYMENT_NOT_ACTIVE);
  }

  @Test
  void launchIsRejectedWhenDeploymentIdIsMissing() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without(LtiClaims.DEPLOYMENT_ID).sign()),
        LaunchError.CLAIM_MISSING);
  }

  // Message

  @Test
  void launchIsRejectedWhenVersionIsNot130() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withClaim(LtiClaims.VERSION, "1.1").sign()),
        LaunchError.VERSION_UNSUPPORTED);
  }

  @Test
  void launchIsRejectedWhenMessageTypeIsUnsupported() {
    String token =
        TestLaunches.resourceLink()
            .withClaim(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest")
            .sign();

    assertRejected(() -> tool.launch(token), LaunchError.MESSAGE_TYPE_UNSUPPORTED);
  }

  @Test
  void deepLinkingRequestIsRejectedAtTheLaunchEndpoint() {
    String state = tool.issueState(TestLaunches.DEEP_LINK_URL);

    assertRejected(
        () -> validate(TestLaunches.deepLinking().sign(), state, state),
        LaunchError.MESSAGE_TYPE_WRONG_ENDPOINT);
  }

  @Test
  void resourceLinkLaunchIsRejectedAtTheDeepLinkingEndpoint() {
    assertRejected(
        () -> tool.deepLink(TestLaunches.resourceLink().sign()),
        LaunchError.MESSAGE_TYPE_WRONG_ENDPOINT);
  }

  @Test
  void anonymousResourceLinkLaunchIsRejected() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without("sub").sign()),
        LaunchError.CLAIM_MISSING);
  }

  @Test
  void launchIsRejectedWhenRolesIsNotAnArray() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().withClaim(LtiClaims.ROLES, "Learner").sign()),
        LaunchError.CLAIM_INVALID);
  }

  @Test
  void launchIsRejectedWhenRolesAreMissing() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without(LtiClaims.ROLES).sign()),
        LaunchError.CLAIM_MISSING);
  }

  @Test
  void launchIsRejectedWhenResourceLinkIsMissing() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without(LtiClaims.RESOURCE_LINK).sign()),
        LaunchError.CLAIM_MISSING);
  }

  @Test
  void launchIsRejectedWhenResourceLinkHasNoId() {
    String token =
        TestLaunches.resourceLink().withClaim(LtiClaims.RESOURCE_LINK, Map.of("title", "x")).sign();

    assertRejected(() -> tool.launch(token), LaunchError.CLAIM_MISSING);
  }

  @Test
  void launchIsRejectedWhenTargetLinkUriIsMissing() {
    assertRejected(
        () -> tool.launch(TestLaunches.resourceLink().without(LtiClaims.TARGET_LINK_URI).sign()),
        LaunchError.CLAIM_MISSING);
  }

  @Test
  void deepLinkingRequestIsRejectedWithoutSettings() {
    assertRejected(
        () ->
            tool.deepLink(
                TestLaunches.deepLinking().without(LtiClaims.DEEP_LINKING_SETTINGS).sign()),
        LaunchError.CLAIM_MISSING);
  }

  @Test
  void deepLinkingRequestIsRejectedWithoutReturnUrl() {
    String token =
        TestLaunches.deepLinking()
            .withClaim(
                LtiClaims.DEEP_LINKING_SETTINGS, Map.of("accept_types", List.of("ltiResourceLink")))
            .sign();

    assertRejected(() -> tool.deepLink(token), LaunchError.CLAIM_MISSING);
  }

  @Test
  void deepLinkingRequestIsRejectedWhenAcceptTypesIsNotAnArray() {
    String token =
        TestLaunches.deepLinking()
            .withClaim(
                LtiClaims.DEEP_LINKING_SETTINGS,
                Map.of(
                    "deep_link_return_url",
                    "https://lms.example/r",
                    "accept_types",
                    "ltiResourceLink"))
            .sign();

    assertRejected(() -> tool.deepLink(token), LaunchError.CLAIM_INVALID);
  }

  @Test
  void launchIsRejectedWhenTargetLinkUriIsNotTheOneOfTheLogin() {
    String token =
        TestLaunches.resourceLink()
            .withClaim(LtiClaims.TARGET_LINK_URI, "https://evil.example/lti/launch")
            .sign();

    assertRejected(() -> tool.launch(token), LaunchError.TARGET_LINK_MISMATCH);
  }

  @Test
  void launchIsAcceptedWhenTargetLinkUriDiffersOnlyByATrailingSlash() {
    String token =
        TestLaunches.resourceLink()
            .withClaim(LtiClaims.TARGET_LINK_URI, TestLaunches.LAUNCH_URL + "/")
            .sign();

    assertThat(tool.launch(token)).isNotNull();
  }

  private ValidatedLaunch validate(String token, String state, String cookie) {
    return tool.validator.validate(
        new LaunchRequest(token, state, cookie, null, LaunchEndpoint.RESOURCE_LINK));
  }

  private static JWTClaimsSet claimsOf(TestLaunches launch) {
    try {
      return JWTClaimsSet.parse(launch.payload().toJSONObject());
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A store where another node always spends the state a moment earlier. */
  private static final class SpentOnMarkLoginStates implements LoginStateRepository {

    private final LoginState state;

    SpentOnMarkLoginStates(LoginState state) {
      this.state = state;
    }

    @Override
    public void add(LoginState ignored) {}

    @Override
    public Optional<LoginState> find(String value) {
      return Optional.of(state);
    }

    @Override
    public boolean markUsed(String value, Instant at) {
      return false;
    }

    @Override
    public int deleteExpiredBefore(Instant instant) {
      return 0;
    }
  }
}
