package nl.onakoers.lti.deeplink;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.keys.ToolKeys;
import nl.onakoers.lti.launch.LaunchClaims;
import nl.onakoers.lti.launch.LaunchClaims.DeepLinkingSettings;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import org.junit.jupiter.api.Test;

/**
 * Replays Moodle's deep-linking request and compares the response with the one Moodle accepted
 * ({@code deep-linking-response.json}).
 */
class DeepLinkingResponseTest {

  private static final Instant NOW = Instant.ofEpochSecond(1796312020);
  private static final String WHO = "teacher1-deeplinking";

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final ToolKeys keys = TestToolKeys.moodleFixtureKey(clock);
  private final Settings settings =
      new Settings(key -> key.equals(Setting.BASE_URL.key()) ? "http://localhost:8080/" : null);
  private final DeepLinkingResponse response = new DeepLinkingResponse(keys, settings, clock);
  private final ContentCatalog content = ContentCatalog.fromClasspath();

  @Test
  void responseToMoodleVerifiesWithTheToolJwksAndHasTheShapeMoodleAccepted() throws Exception {
    Module m3 = content.module("M3").orElseThrow();

    SignedJWT jwt = SignedJWT.parse(sign(moodleSettings(), List.of(ContentItems.card(m3, "nl"))));

    assertThat(jwt.verify(new RSASSAVerifier(publishedKey(jwt)))).isTrue();
    assertThat(jwt.getHeader().toJSONObject()).isEqualTo(accepted("header"));
    Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
    Map<String, Object> expected = accepted("claims");
    assertThat(claims).containsOnlyKeys(expected.keySet());
    for (String same :
        List.of("iss", "aud", "iat", "exp", LtiClaims.DEPLOYMENT_ID, LtiClaims.MESSAGE_TYPE)) {
      assertThat(claims.get(same)).as(same).isEqualTo(expected.get(same));
    }
    assertThat(claims.get(LtiClaims.VERSION)).isEqualTo(expected.get(LtiClaims.VERSION));
    assertThat(claims.get("nonce")).isNotEqualTo(expected.get("nonce"));
  }

  @Test
  void cardItemCarriesTheAcceptedFieldsWithTheRealRubricMaximum() throws Exception {
    Module m3 = content.module("M3").orElseThrow();

    Map<String, Object> item =
        onlyItem(sign(moodleSettings(), List.of(ContentItems.card(m3, "nl"))));

    Map<String, Object> accepted = onlyItem(acceptedJwt());
    assertThat(item).containsKeys(accepted.keySet().toArray(String[]::new)).containsKey("text");
    assertThat(item.get("type")).isEqualTo(accepted.get("type"));
    assertThat(item.get("url")).isEqualTo(accepted.get("url"));
    assertThat(item.get("custom")).isEqualTo(accepted.get("custom"));
    Map<String, Object> lineItem = object(item, "lineItem");
    Map<String, Object> acceptedLineItem = object(accepted, "lineItem");
    assertThat(lineItem).containsOnlyKeys(acceptedLineItem.keySet());
    assertThat(lineItem.get("resourceId")).isEqualTo("RK3");
    assertThat(lineItem.get("tag")).isEqualTo("resultaatkaart");
    assertThat(lineItem.get("label"))
        .isEqualTo(item.get("title"))
        .isEqualTo("Resultaatkaart RK3: Mijn wensberoep");
    // The captured exchange used 12; the response uses the rubric's real maximum.
    assertThat(((Number) lineItem.get("scoreMaximum")).intValue())
        .isEqualTo(m3.card().rubric().maximumScore());
  }

  @Test
  void dataIsEchoedExactlyWhenTheRequestHadIt() throws Exception {
    DeepLinkingSettings withData =
        new DeepLinkingSettings(
            "https://lms.example/return",
            List.of(LtiClaims.CONTENT_ITEM_RESOURCE_LINK),
            List.of(),
            true,
            Optional.of("opaque-123"),
            Optional.empty(),
            Optional.empty());

    JWTClaimsSet with = SignedJWT.parse(sign(withData, List.of())).getJWTClaimsSet();
    JWTClaimsSet without = SignedJWT.parse(sign(moodleSettings(), List.of())).getJWTClaimsSet();

    assertThat(with.getClaim(LtiClaims.DEEP_LINKING_DATA)).isEqualTo("opaque-123");
    assertThat(without.getClaims()).doesNotContainKey(LtiClaims.DEEP_LINKING_DATA);
    assertThat(without.getListClaim(LtiClaims.CONTENT_ITEMS)).isEmpty();
  }

  @Test
  void moduleItemHasNoLineItemAndSeveralItemsKeepTheirOrder() throws Exception {
    Module m1 = content.module("M1").orElseThrow();
    Module m3 = content.module("M3").orElseThrow();

    JWTClaimsSet claims =
        SignedJWT.parse(
                sign(
                    moodleSettings(),
                    List.of(ContentItems.module(m1, "en"), ContentItems.card(m3, "en"))))
            .getJWTClaimsSet();

    List<Object> items = claims.getListClaim(LtiClaims.CONTENT_ITEMS);
    assertThat(items).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> module = (Map<String, Object>) items.get(0);
    assertThat(module).doesNotContainKey("lineItem");
    assertThat(module.get("custom")).isEqualTo(Map.of("module", "M1"));
    assertThat(module.get("title")).isEqualTo("Module M1: " + m1.title().en());
    assertThat(module.get("url")).isEqualTo("http://localhost:8080/lti/launch");
  }

  @Test
  void expiresFiveMinutesAfterIssueAndSignsWithTheCurrentKid() throws Exception {
    SignedJWT jwt = SignedJWT.parse(sign(moodleSettings(), List.of()));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.signingKey().kid());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(claims.getIssueTime().toInstant().plus(DeepLinkingResponse.LIFETIME));
  }

  private String sign(DeepLinkingSettings request, List<ContentItem> items) {
    return response.sign(
        MoodleFixtures.registration(), MoodleFixtures.DEPLOYMENT_ID, request, items);
  }

  private static DeepLinkingSettings moodleSettings() throws Exception {
    JWTClaimsSet claims = JWTClaimsSet.parse(MoodleFixtures.decodedClaims(WHO));
    return LaunchClaims.of(claims).deepLinkingSettings().orElseThrow();
  }

  private RSAKey publishedKey(SignedJWT jwt) {
    JWKSet published = keys.publicJwks();
    return (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
  }

  private static Map<String, Object> accepted(String part) {
    return object(
                    object(MoodleFixtures.json("deep-linking-response.json"), "request"),
                    "jwt_decoded")
                .get(part)
            instanceof Map<?, ?> map
        ? copy(map)
        : Map.of();
  }

  private static String acceptedJwt() {
    return (String) object(MoodleFixtures.json("deep-linking-response.json"), "request").get("jwt");
  }

  private static Map<String, Object> onlyItem(String jwt) throws Exception {
    List<Object> items =
        SignedJWT.parse(jwt).getJWTClaimsSet().getListClaim(LtiClaims.CONTENT_ITEMS);
    assertThat(items).hasSize(1);
    return copy((Map<?, ?>) items.get(0));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> json, String name) {
    return (Map<String, Object>) json.get(name);
  }

  private static Map<String, Object> copy(Map<?, ?> map) {
    Map<String, Object> copy = new HashMap<>();
    map.forEach((k, v) -> copy.put((String) k, v));
    return copy;
  }
}
