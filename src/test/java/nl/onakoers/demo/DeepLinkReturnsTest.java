package nl.onakoers.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DeepLinkReturnsTest {

  private static final String ISSUER = "http://127.0.0.1:8080/demo";
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
  private static final RSAKey TOOL = key("tool");
  private static final RSAKey STRANGER = key("tool");

  private final InMemoryDemoStore store = new InMemoryDemoStore();
  private final DeepLinkReturns returns =
      new DeepLinkReturns(
          new ImmutableJWKSet<>(new JWKSet(TOOL.toPublicJWK())), ISSUER, store, Clock.systemUTC());

  @Test
  void aGradedCardBecomesALinkWithItsOwnColumn() {
    List<DemoLink> added = returns.accept(response(TOOL, b -> {}));

    assertThat(added).hasSize(2);
    DemoLink card = added.get(1);
    assertThat(card.title()).isEqualTo("Resultaatkaart RK5");
    assertThat(card.custom()).isEqualTo(Map.of("card", "RK5"));
    DemoLineItem column = store.lineItem(card.lineItemId()).orElseThrow();
    assertThat(column.scoreMaximum()).isEqualTo(12.0);
    assertThat(column.resourceLinkId()).isEqualTo(card.id());
    assertThat(added.get(0).graded()).isFalse();
    assertThat(store.links(DemoCourse.CONTEXT_ID)).containsExactlyElementsOf(added);
  }

  @Test
  void aResponseSignedByAnotherKeyAddsNothing() {
    assertRefused(response(STRANGER, b -> {}));
  }

  @Test
  void aResponseForAnotherPlatformDeploymentOrRequestAddsNothing() {
    assertRefused(response(TOOL, b -> b.audience("https://moodle.example")));
    assertRefused(response(TOOL, b -> b.claim(LTI + "deployment_id", "other")));
    assertRefused(response(TOOL, b -> b.claim(DL + "data", "someone-elses")));
    assertRefused(response(TOOL, b -> b.claim(LTI + "message_type", "LtiResourceLinkRequest")));
    assertRefused(null);
  }

  private void assertRefused(String jwt) {
    assertThatThrownBy(() -> returns.accept(jwt)).isInstanceOf(ServiceRejection.class);
    assertThat(store.links(DemoCourse.CONTEXT_ID)).isEmpty();
  }

  private static String response(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(DemoMode.CLIENT_ID)
            .audience(ISSUER)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", "n-1")
            .claim(LTI + "deployment_id", DemoMode.DEPLOYMENT_ID)
            .claim(LTI + "message_type", "LtiDeepLinkingResponse")
            .claim(LTI + "version", "1.3.0")
            .claim(DL + "data", LaunchMessages.DEEP_LINK_DATA)
            .claim(
                DL + "content_items",
                List.of(
                    Map.of(
                        "type",
                        "ltiResourceLink",
                        "title",
                        "Module M5",
                        "custom",
                        Map.of("module", "M5")),
                    Map.of(
                        "type",
                        "ltiResourceLink",
                        "title",
                        "Resultaatkaart RK5",
                        "custom",
                        Map.of("card", "RK5"),
                        "lineItem",
                        Map.of(
                            "scoreMaximum", 12,
                            "label", "Resultaatkaart RK5",
                            "resourceId", "RK5",
                            "tag", "resultaatkaart"))));
    change.accept(claims);
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey key(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
