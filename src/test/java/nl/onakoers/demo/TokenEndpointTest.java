package nl.onakoers.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The sandbox token endpoint's two halves: the tool's client assertion is checked against the
 * tool's keys, and the access tokens it hands out open only the services of their scopes.
 */
class TokenEndpointTest {

  private static final String TOKEN_URL = "http://127.0.0.1:8080/demo/token";
  private static final String ISSUER = "http://127.0.0.1:8080/demo";
  private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  private static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  private static final RSAKey TOOL_KEY = generate("tool-key-1");
  private static final RSAKey OTHER_KEY = generate("tool-key-1");
  private static final RSAKey SANDBOX_KEY = generate("sandbox-key");

  private final ClientAssertions assertions =
      new ClientAssertions(
          new ImmutableJWKSet<>(new JWKSet(TOOL_KEY.toPublicJWK())), DemoMode.CLIENT_ID, TOKEN_URL);

  @Test
  void anAssertionSignedByTheToolForThisEndpointIsAccepted() {
    JWTClaimsSet claims = assertions.verify(assertion(TOOL_KEY, b -> {}));

    assertThat(claims.getSubject()).isEqualTo(DemoMode.CLIENT_ID);
  }

  @Test
  void anAssertionSignedByAKeyOutsideTheToolsJwksIsRejected() {
    assertInvalidClient(assertion(OTHER_KEY, b -> {}));
  }

  @Test
  void anAssertionForAnotherAudienceIsRejected() {
    assertInvalidClient(assertion(TOOL_KEY, b -> b.audience(TOKEN_URL + "/")));
  }

  @Test
  void anAssertionFromAnotherClientIsRejected() {
    assertInvalidClient(assertion(TOOL_KEY, b -> b.issuer("someone").subject("someone")));
  }

  @Test
  void anExpiredAssertionIsRejected() {
    Instant past = Instant.now().minusSeconds(3600);
    assertInvalidClient(
        assertion(
            TOOL_KEY,
            b -> b.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300)))));
  }

  @Test
  void anAssertionWithoutJtiIsRejected() {
    assertInvalidClient(assertion(TOOL_KEY, b -> b.jwtID(null)));
  }

  @Test
  void unsignedAndHmacAssertionsAndGarbageAreRejected() throws Exception {
    JWTClaimsSet claims = claims(b -> {});
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    hmac.sign(new MACSigner(new byte[32]));

    assertInvalidClient(new PlainJWT(claims).serialize());
    assertInvalidClient(hmac.serialize());
    assertInvalidClient("not-a-jwt");
    assertThatThrownBy(() -> assertions.verify(" "))
        .isInstanceOfSatisfying(
            ServiceRejection.class, e -> assertThat(e.error()).isEqualTo("invalid_request"));
  }

  @Test
  void onlyGrantableScopesAreGrantedAndNoneIsInvalidScope() {
    assertThat(ServiceTokens.grant(SCORE + " https://example.org/admin")).containsExactly(SCORE);
    assertThatThrownBy(() -> ServiceTokens.grant("https://example.org/admin"))
        .isInstanceOfSatisfying(
            ServiceRejection.class, e -> assertThat(e.error()).isEqualTo("invalid_scope"));
  }

  @Test
  void anAccessTokenOpensOnlyItsScopes() {
    ServiceTokens tokens = new ServiceTokens(SANDBOX_KEY, ISSUER, Clock.systemUTC());
    String token = tokens.issue(DemoMode.CLIENT_ID, Set.of(SCORE));

    tokens.require("Bearer " + token, Set.of(SCORE));
    assertThatThrownBy(() -> tokens.require("Bearer " + token, Set.of(LINE_ITEM)))
        .isInstanceOfSatisfying(ServiceRejection.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void expiredForgedOrMissingAccessTokensAreRefusedWith401() {
    Instant issued = Instant.parse("2026-12-03T08:00:00Z");
    String old =
        new ServiceTokens(SANDBOX_KEY, ISSUER, Clock.fixed(issued, ZoneOffset.UTC))
            .issue(DemoMode.CLIENT_ID, Set.of(SCORE));
    String forged =
        new ServiceTokens(OTHER_KEY, ISSUER, Clock.systemUTC())
            .issue(DemoMode.CLIENT_ID, Set.of(SCORE));
    ServiceTokens later =
        new ServiceTokens(
            SANDBOX_KEY, ISSUER, Clock.fixed(issued.plusSeconds(7200), ZoneOffset.UTC));
    ServiceTokens now = new ServiceTokens(SANDBOX_KEY, ISSUER, Clock.systemUTC());

    assertUnauthorized(() -> later.require("Bearer " + old, Set.of(SCORE)));
    assertUnauthorized(() -> now.require("Bearer " + forged, Set.of(SCORE)));
    assertUnauthorized(() -> now.require(null, Set.of(SCORE)));
    assertUnauthorized(() -> now.require("Basic abc", Set.of(SCORE)));
  }

  private void assertInvalidClient(String assertion) {
    assertThatThrownBy(() -> assertions.verify(assertion))
        .isInstanceOfSatisfying(
            ServiceRejection.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.error()).isEqualTo("invalid_client");
            });
  }

  private static void assertUnauthorized(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(ServiceRejection.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  private static String assertion(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims(change));
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(DemoMode.CLIENT_ID)
            .subject(DemoMode.CLIENT_ID)
            .audience(TOKEN_URL)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .jwtID(UUID.randomUUID().toString());
    change.accept(builder);
    return builder.build();
  }

  private static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
