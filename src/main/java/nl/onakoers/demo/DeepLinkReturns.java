package nl.onakoers.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes the tool's deep-linking response, as a platform does, and adds its links to the course. The
 * JWT must be RS256 by a key of the tool's JWKS, with {@code iss} = the client_id, {@code aud} =
 * the sandbox issuer, {@code exp}, {@code iat} and {@code nonce}, the sandbox's deployment, the
 * message type {@code LtiDeepLinkingResponse}, version 1.3.0, and the request's {@code data}. Items
 * of type {@code ltiResourceLink} become links; one with a {@code lineItem} also gets a grade
 * column.
 *
 * <p>Thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">Deep
 *     Linking 2.0 §4.2</a>
 */
public final class DeepLinkReturns {

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final DemoStore store;
  private final Clock clock;

  public DeepLinkReturns(
      JWKSource<SecurityContext> toolKeys, String issuer, DemoStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, toolKeys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            issuer,
            new JWTClaimsSet.Builder()
                .issuer(DemoMode.CLIENT_ID)
                .claim(LaunchMessages.LTI + "deployment_id", DemoMode.DEPLOYMENT_ID)
                .claim(LaunchMessages.LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LaunchMessages.LTI + "version", "1.3.0")
                .claim(LaunchMessages.DL + "data", LaunchMessages.DEEP_LINK_DATA)
                .build(),
            Set.of("exp", "iat", "nonce")));
  }

  /**
   * Verifies the response and adds its links.
   *
   * @return the links added, in order; empty when the tool returned none
   * @throws ServiceRejection 400 when the response is refused; nothing is added then
   */
  public List<DemoLink> accept(String jwt) {
    JWTClaimsSet claims = verified(jwt);
    List<DemoLink> added = new ArrayList<>();
    int position = store.links(DemoCourse.CONTEXT_ID).size();
    for (Object item : items(claims)) {
      if (item instanceof Map<?, ?> map && "ltiResourceLink".equals(map.get("type"))) {
        DemoLink link = addLink(map, position++);
        added.add(link);
      }
    }
    return added;
  }

  private JWTClaimsSet verified(String jwt) {
    if (jwt == null || jwt.isBlank()) {
      throw new ServiceRejection(400, "invalid_request", "JWT is required");
    }
    try {
      return processor.process(jwt, null);
    } catch (ParseException | BadJOSEException e) {
      throw new ServiceRejection(400, "invalid_request", "deep-linking response rejected");
    } catch (JOSEException e) {
      throw new ServiceRejection(503, "temporarily_unavailable", "the tool's keys are unreadable");
    }
  }

  private static List<?> items(JWTClaimsSet claims) {
    Object items = claims.getClaim(LaunchMessages.DL + "content_items");
    return items instanceof List<?> list ? list : List.of();
  }

  private DemoLink addLink(Map<?, ?> item, int position) {
    String linkId = "sandbox-link-" + UUID.randomUUID();
    String title = item.get("title") instanceof String s && !s.isBlank() ? s : "ONA Koers";
    Map<String, String> custom = new LinkedHashMap<>();
    if (item.get("custom") instanceof Map<?, ?> map) {
      map.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
    }
    String lineItemId = null;
    if (item.get("lineItem") instanceof Map<?, ?> wanted) {
      lineItemId = UUID.randomUUID().toString();
      store.addLineItem(lineItem(lineItemId, linkId, title, wanted));
    }
    DemoLink link =
        new DemoLink(
            linkId, DemoCourse.CONTEXT_ID, title, custom, lineItemId, position, clock.instant());
    store.addLink(link);
    return link;
  }

  private DemoLineItem lineItem(String id, String linkId, String title, Map<?, ?> wanted) {
    double maximum = wanted.get("scoreMaximum") instanceof Number n ? n.doubleValue() : 1;
    return new DemoLineItem(
        id,
        DemoCourse.CONTEXT_ID,
        wanted.get("label") instanceof String s && !s.isBlank() ? s : title,
        maximum > 0 ? maximum : 1,
        wanted.get("resourceId") instanceof String s ? s : null,
        linkId,
        wanted.get("tag") instanceof String s ? s : null,
        clock.instant());
  }
}
