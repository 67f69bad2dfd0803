package nl.onakoers.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds id_tokens of a made-up platform, signed with a key generated for the test run. Defaults
 * make a valid launch at {@link #NOW}; each {@code with…}/{@code without} changes one thing.
 */
final class TestLaunches {

  static final String ISSUER = "https://lms.example";
  static final String CLIENT_ID = "client-1";
  static final String DEPLOYMENT_ID = "deployment-1";
  static final String NONCE = "nonce-of-the-login";
  static final String LAUNCH_URL = "https://tool.example/lti/launch";
  static final String DEEP_LINK_URL = "https://tool.example/lti/deep-link";
  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final RSAKey PLATFORM_KEY = generateKey("platform-key-1");

  private final Map<String, Object> claims = new LinkedHashMap<>();
  private JWSHeader header =
      new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("platform-key-1").build();
  private RSAKey signingKey = PLATFORM_KEY;

  private TestLaunches(String messageType, String targetLinkUri) {
    claims.put("iss", ISSUER);
    claims.put("aud", CLIENT_ID);
    claims.put("sub", "user-7");
    claims.put("iat", NOW.getEpochSecond());
    claims.put("exp", NOW.plusSeconds(60).getEpochSecond());
    claims.put(LtiClaims.NONCE, NONCE);
    claims.put(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT_ID);
    claims.put(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0);
    claims.put(LtiClaims.MESSAGE_TYPE, messageType);
    claims.put(LtiClaims.TARGET_LINK_URI, targetLinkUri);
    claims.put(LtiClaims.ROLES, List.of(LtiClaims.ROLE_CONTEXT_PREFIX + "Learner"));
  }

  static TestLaunches resourceLink() {
    TestLaunches launch = new TestLaunches(LtiClaims.RESOURCE_LINK_REQUEST, LAUNCH_URL);
    launch.claims.put(LtiClaims.RESOURCE_LINK, Map.of("id", "link-1", "title", "Kaart 1"));
    launch.claims.put(LtiClaims.CONTEXT, Map.of("id", "course-1", "label", "ONA1"));
    return launch;
  }

  static TestLaunches deepLinking() {
    TestLaunches launch = new TestLaunches(LtiClaims.DEEP_LINKING_REQUEST, DEEP_LINK_URL);
    launch.claims.put(
        LtiClaims.DEEP_LINKING_SETTINGS,
        Map.of(
            "deep_link_return_url",
            "https://lms.example/deep-link-return",
            "accept_types",
            List.of("ltiResourceLink"),
            "accept_multiple",
            false,
            "data",
            "opaque-data"));
    return launch;
  }

  static RSAKey generateKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  TestLaunches withRoles(String... roles) {
    return withClaim(LtiClaims.ROLES, List.of(roles));
  }

  TestLaunches withClaim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  TestLaunches without(String name) {
    claims.remove(name);
    return this;
  }

  TestLaunches withAudience(Object audience) {
    return withClaim("aud", audience);
  }

  TestLaunches issuedAt(Instant instant) {
    return withClaim("iat", instant.getEpochSecond());
  }

  TestLaunches expiresAt(Instant instant) {
    return withClaim("exp", instant.getEpochSecond());
  }

  TestLaunches withKid(String kid) {
    header = new JWSHeader.Builder(header).keyID(kid).build();
    return this;
  }

  TestLaunches signedWith(RSAKey key) {
    signingKey = key;
    return withKid(key.getKeyID());
  }

  /** The claims as JSON, for tokens a test signs itself. */
  Payload payload() {
    return new Payload(claims);
  }

  String sign() {
    try {
      JWSObject jws = new JWSObject(header, payload());
      jws.sign(new RSASSASigner(signingKey));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
