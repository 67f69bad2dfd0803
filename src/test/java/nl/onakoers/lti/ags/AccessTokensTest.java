package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  private static final Instant CAPTURED = Instant.ofEpochSecond(1796311985L);
  private static final Set<String> ALL_SCOPES =
      Set.of(
          LtiClaims.SCOPE_LINEITEM,
          LtiClaims.SCOPE_LINEITEM_READONLY,
          LtiClaims.SCOPE_RESULT_READONLY,
          LtiClaims.SCOPE_SCORE,
          LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY);

  private final MutableClock clock = new MutableClock(CAPTURED);
  private final StubPlatform platform = new StubPlatform();
  private final AccessTokens tokens = new AccessTokens(FixtureToolKeys.toolKeys(), platform, clock);
  private final Registration moodle = MoodleFixtures.registration();

  @Test
  void tokenRequestHasTheShapeMoodleAccepted() throws Exception {
    platform.answer("token-request.json");
    Map<String, Object> captured = StubPlatform.fixtureRequest("token-request.json");

    tokens.token(moodle, ALL_SCOPES);

    PlatformRequest sent = platform.last();
    assertThat(sent.method()).isEqualTo(captured.get("method"));
    assertThat(sent.uri()).hasToString((String) captured.get("url"));
    assertThat(sent.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    Map<String, String> form = form(sent.body());
    @SuppressWarnings("unchecked")
    Map<String, Object> capturedForm = (Map<String, Object>) captured.get("body");
    assertThat(form).containsOnlyKeys(capturedForm.keySet());
    assertThat(form.get("grant_type")).isEqualTo(capturedForm.get("grant_type"));
    assertThat(form.get("client_assertion_type"))
        .isEqualTo(capturedForm.get("client_assertion_type"));
    assertThat(Set.of(form.get("scope").split(" ")))
        .isEqualTo(Set.of(((String) capturedForm.get("scope")).split(" ")));
  }

  @Test
  void clientAssertionIsSignedByTheToolWithTheClaimsMoodleAccepted() throws Exception {
    platform.answer("token-request.json");

    tokens.token(moodle, ALL_SCOPES);

    SignedJWT assertion = SignedJWT.parse(form(platform.last().body()).get("client_assertion"));
    assertThat(assertion.verify(new RSASSAVerifier(FixtureToolKeys.keyPair().toRSAPublicKey())))
        .isTrue();
    assertThat(assertion.getHeader().getKeyID()).isEqualTo(FixtureToolKeys.KID);
    assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(assertion.getHeader().getType().getType()).isEqualTo("JWT");
    var claims = assertion.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("vCBy6qIt7F9CdIl").isEqualTo(moodle.clientId());
    assertThat(claims.getSubject()).isEqualTo(moodle.clientId());
    assertThat(claims.getAudience()).containsExactly("http://127.0.0.1:8081/mod/lti/token.php");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(CAPTURED);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(CAPTURED.plusSeconds(300));
    assertThat(claims.getJWTID()).hasSize(36);
  }

  @Test
  void everyAssertionHasItsOwnJti() throws Exception {
    platform.answer("token-request.json").answer("token-request.json");

    tokens.token(moodle, Set.of(LtiClaims.SCOPE_SCORE));
    tokens.token(moodle, Set.of(LtiClaims.SCOPE_LINEITEM));

    var jtis =
        platform.requests.stream()
            .map(r -> form(r.body()).get("client_assertion"))
            .map(AccessTokensTest::jti)
            .collect(Collectors.toSet());
    assertThat(jtis).hasSize(2);
  }

  @Test
  void assertionAudienceIsTheConfiguredTokenAudienceWhenThereIsOne() throws Exception {
    Registration withAudience =
        new Registration(
            moodle.id(),
            moodle.issuer(),
            moodle.clientId(),
            moodle.authUrl(),
            moodle.tokenUrl(),
            "https://moodle.example/audience",
            moodle.jwksUrl(),
            moodle.displayName(),
            moodle.kind(),
            false,
            moodle.createdAt());
    platform.answer("token-request.json");

    tokens.token(withAudience, ALL_SCOPES);

    SignedJWT assertion = SignedJWT.parse(form(platform.last().body()).get("client_assertion"));
    assertThat(assertion.getJWTClaimsSet().getAudience())
        .containsExactly("https://moodle.example/audience");
  }

  @Test
  void answerLabelledTextHtmlIsReadAsJsonWithItsGrantedScopeAndLifetime() {
    platform.answer("token-request.json");

    AccessToken token = tokens.token(moodle, ALL_SCOPES);

    assertThat(token.value()).isEqualTo("REDACTED-TOKEN");
    assertThat(token.grantedScopes()).isEqualTo(ALL_SCOPES);
    assertThat(token.expiresAt()).isEqualTo(CAPTURED.plusSeconds(3600));
    assertThat(token.toString()).doesNotContain("REDACTED-TOKEN");
  }

  @Test
  void grantedScopeIsWhatThePlatformGrantedNotWhatWasAsked() {
    platform.answer(
        200,
        "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\""
            + LtiClaims.SCOPE_SCORE
            + "\"}");

    AccessToken token = tokens.token(moodle, ALL_SCOPES);

    assertThat(token.grantedScopes()).containsExactly(LtiClaims.SCOPE_SCORE);
    assertThat(token.grants(LtiClaims.SCOPE_LINEITEM)).isFalse();
  }

  @Test
  void tokenIsReusedUntilSixtySecondsBeforeItExpires() {
    platform.answer("token-request.json").answer("token-request.json");

    AccessToken first = tokens.token(moodle, ALL_SCOPES);
    clock.advance(Duration.ofSeconds(3600 - 61));
    AccessToken again = tokens.token(moodle, ALL_SCOPES);
    clock.advance(Duration.ofSeconds(1));
    AccessToken renewed = tokens.token(moodle, ALL_SCOPES);

    assertThat(again).isSameAs(first);
    assertThat(renewed).isNotSameAs(first);
    assertThat(platform.requests).hasSize(2);
  }

  @Test
  void eachScopeSetHasItsOwnToken() {
    platform.answer("token-request.json").answer("token-request.json");

    tokens.token(moodle, Set.of(LtiClaims.SCOPE_SCORE));
    tokens.token(moodle, Set.of(LtiClaims.SCOPE_LINEITEM));
    tokens.token(moodle, Set.of(LtiClaims.SCOPE_SCORE));

    assertThat(platform.requests).hasSize(2);
  }

  @Test
  void invalidatedTokenIsRequestedAgain() {
    platform.answer("token-request.json").answer("token-request.json");

    AccessToken first = tokens.token(moodle, ALL_SCOPES);
    tokens.invalidate(moodle, ALL_SCOPES);
    AccessToken second = tokens.token(moodle, ALL_SCOPES);

    assertThat(second).isNotSameAs(first);
    assertThat(platform.requests).hasSize(2);
  }

  @Test
  void invalidScopeBecomesAnExceptionWithThePlatformsCode() {
    platform.answer("token-error-invalid-scope.json");

    assertThatThrownBy(() -> tokens.token(moodle, Set.of(LtiClaims.SCOPE_LINEITEM + "s")))
        .isInstanceOfSatisfying(
            AccessTokenException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("invalid_scope");
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.registrationId()).isEqualTo(moodle.id());
              assertThat(e.getMessage()).doesNotContain("eyJ");
            });
  }

  @Test
  void expiredAssertionBecomesAnExceptionWithMoodlesMessage() {
    platform.answer("token-error-expired-assertion.json");

    assertThatThrownBy(() -> tokens.token(moodle, Set.of(LtiClaims.SCOPE_SCORE)))
        .isInstanceOfSatisfying(
            AccessTokenException.class, e -> assertThat(e.errorCode()).isEqualTo("Expired token"));
  }

  @Test
  void answerWithoutTokenIsRefusedAndNotCached() {
    platform.answer(200, "<html>Maintenance</html>").answer("token-request.json");

    assertThatThrownBy(() -> tokens.token(moodle, ALL_SCOPES))
        .isInstanceOfSatisfying(
            AccessTokenException.class,
            e -> assertThat(e.errorCode()).isEqualTo("invalid_response"));
    assertThat(tokens.token(moodle, ALL_SCOPES).value()).isEqualTo("REDACTED-TOKEN");
  }

  private static String jti(String assertion) {
    try {
      return SignedJWT.parse(assertion).getJWTClaimsSet().getJWTID();
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  static Map<String, String> form(String body) {
    return Arrays.stream(body.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }
}
