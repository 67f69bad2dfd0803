package nl.onakoers.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id_tokens the sandbox posts to the tool: a resource-link launch for a course link, or a
 * deep-linking request, shaped like Moodle's (context, resource link, custom parameters, roles, AGS
 * and NRPS claims, launch presentation). The claim URIs are written out here on purpose: the
 * sandbox speaks LTI from the platform's side and shares no code with the tool's validator.
 *
 * <p>Thread safe.
 */
public final class LaunchMessages {

  /** How long an id_token is valid; the tool allows 60 s of clock skew on top. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /** The {@code data} of deep-linking requests, which the response must echo. */
  public static final String DEEP_LINK_DATA = "sandbox-course";

  static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
  static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  private final DemoMode mode;
  private final RSAKey key;

  public LaunchMessages(DemoMode mode, RSAKey key) {
    this.mode = mode;
    this.key = key;
  }

  /** A resource-link launch of the link by the person. */
  public String resourceLink(DemoPerson person, DemoLink link, String nonce, Instant now) {
    JWTClaimsSet.Builder claims = common(person, nonce, now, "LtiResourceLinkRequest");
    claims.claim(LTI + "target_link_uri", mode.toolUrl("/lti/launch"));
    claims.claim(LTI + "resource_link", Map.of("id", link.id(), "title", link.title()));
    claims.claim(LTI + "custom", new LinkedHashMap<>(link.custom()));
    claims.claim(AGS, agsClaim(link));
    claims.claim(NRPS, nrpsClaim());
    return sign(claims.build());
  }

  /** A deep-linking request ("add content") by the person. */
  public String deepLinking(DemoPerson person, String nonce, Instant now) {
    JWTClaimsSet.Builder claims = common(person, nonce, now, "LtiDeepLinkingRequest");
    claims.claim(LTI + "target_link_uri", mode.toolUrl("/lti/deep-link"));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("deep_link_return_url", mode.demoUrl("/deep-link-return"));
    settings.put("accept_types", List.of("ltiResourceLink"));
    settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
    settings.put("accept_multiple", true);
    settings.put("auto_create", true);
    settings.put("title", "ONA Koers");
    settings.put("data", DEEP_LINK_DATA);
    claims.claim(DL + "deep_linking_settings", settings);
    claims.claim(AGS, agsClaim(null));
    return sign(claims.build());
  }

  private JWTClaimsSet.Builder common(
      DemoPerson person, String nonce, Instant now, String messageType) {
    return new JWTClaimsSet.Builder()
        .issuer(mode.issuer())
        .audience(DemoMode.CLIENT_ID)
        .subject(person.id())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .claim("azp", DemoMode.CLIENT_ID)
        .claim("nonce", nonce)
        .claim("name", person.name())
        .claim("given_name", person.givenName())
        .claim("family_name", person.familyName())
        .claim("email", person.email())
        .claim(LTI + "deployment_id", DemoMode.DEPLOYMENT_ID)
        .claim(LTI + "message_type", messageType)
        .claim(LTI + "version", "1.3.0")
        .claim(LTI + "roles", List.of(person.role()))
        .claim(
            LTI + "context",
            Map.of(
                "id", DemoCourse.CONTEXT_ID,
                "label", DemoCourse.CONTEXT_LABEL,
                "title", DemoCourse.CONTEXT_TITLE,
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .claim(
            LTI + "tool_platform",
            Map.of(
                "guid", "ona-sandbox",
                "name", "ONA sandbox",
                "product_family_code", "ona-sandbox",
                "version", "1"))
        .claim(
            LTI + "launch_presentation",
            Map.of("document_target", "iframe", "locale", "nl", "return_url", mode.issuer()));
  }

  private Map<String, Object> agsClaim(DemoLink link) {
    Map<String, Object> ags = new LinkedHashMap<>();
    ags.put("scope", new ArrayList<>(ServiceTokens.GRANTABLE.stream().sorted().toList()));
    ags.put("lineitems", mode.demoUrl(DemoUrls.lineItems(DemoCourse.CONTEXT_ID)));
    if (link != null && link.graded()) {
      ags.put(
          "lineitem", mode.demoUrl(DemoUrls.lineItem(DemoCourse.CONTEXT_ID, link.lineItemId())));
    }
    return ags;
  }

  private Map<String, Object> nrpsClaim() {
    return Map.of(
        "context_memberships_url",
        mode.demoUrl(DemoUrls.memberships(DemoCourse.CONTEXT_ID)),
        "service_versions",
        List.of("2.0"));
  }

  private String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a sandbox id_token", e);
    }
  }
}
