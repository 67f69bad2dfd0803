package nl.onakoers.lti.deeplink;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.keys.ToolKey;
import nl.onakoers.lti.keys.ToolKeys;
import nl.onakoers.lti.launch.LaunchClaims.DeepLinkingSettings;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.web.ToolUrls;

/**
 * Builds the {@code LtiDeepLinkingResponse} JWT, signed RS256 with the tool's current key and its
 * {@code kid}. The claims are:
 *
 * <ol>
 *   <li>{@code iss} = the registration's client_id, {@code aud} = the platform issuer;
 *   <li>{@code deployment_id} of the request, a random {@code nonce}, {@code iat} and {@code exp} =
 *       {@code iat} + {@link #LIFETIME};
 *   <li>{@code message_type}, {@code version} 1.3.0;
 *   <li>{@code data}, only when the request carried it, exactly as received;
 *   <li>{@code content_items}: each an {@code ltiResourceLink} to the tool's launch URL.
 * </ol>
 *
 * <p>Thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">Deep
 *     Linking 2.0 §4.2</a>
 */
@ApplicationScoped
public class DeepLinkingResponse {

  /** How long the platform may take to receive the response. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(DeepLinkingResponse.class.getName());

  private final ToolKeys keys;
  private final Settings settings;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected DeepLinkingResponse() {
    this(null, null, null);
  }

  @Inject
  public DeepLinkingResponse(ToolKeys keys, Settings settings, Clock clock) {
    this.keys = keys;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @param registration the platform that asked, not null
   * @param deploymentId the deployment of the request, not null
   * @param request the request's deep-linking settings, not null
   * @param items what was chosen; may be empty (the person chose nothing)
   * @return the compact serialized JWT, for the form field {@code JWT}
   */
  public String sign(
      Registration registration,
      String deploymentId,
      DeepLinkingSettings request,
      List<ContentItem> items) {
    ToolKey key = keys.signingKey();
    JWTClaimsSet claims = claims(registration, deploymentId, request, items);

    String jwt = sign(claims, key);

    LOG.log(
        Level.INFO,
        "Signed deep-linking response for issuer {0}, client_id {1}, deployment {2}: {3} item(s)",
        new Object[] {registration.issuer(), registration.clientId(), deploymentId, items.size()});
    return jwt;
  }

  private JWTClaimsSet claims(
      Registration registration,
      String deploymentId,
      DeepLinkingSettings request,
      List<ContentItem> items) {
    Instant now = Instant.now(clock);
    String launchUrl = ToolUrls.from(settings).launch();
    List<Map<String, Object>> contentItems = items.stream().map(i -> i.toJson(launchUrl)).toList();
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(registration.clientId())
            .audience(registration.issuer())
            .claim(LtiClaims.NONCE, UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
            .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
            .claim(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
            .claim(LtiClaims.CONTENT_ITEMS, contentItems);
    request.data().ifPresent(data -> builder.claim(LtiClaims.DEEP_LINKING_DATA, data));
    return builder.build();
  }

  private static String sign(JWTClaimsSet claims, ToolKey key) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.kid()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key.keyPair()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the deep-linking response", e);
    }
    return jwt.serialize();
  }
}
