package nl.onakoers.lti.ags;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.session.LaunchSession;

/**
 * The AGS endpoint claim of a launch.
 *
 * @param scopes the scopes the platform offers for this launch
 * @param lineItems the line items container URL, or {@code null}
 * @param lineItem the launch's own line item URL, or {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#assignment-and-grade-service-claim">AGS
 *     §3.1</a>
 */
public record AgsEndpoint(Set<String> scopes, URI lineItems, URI lineItem) {

  public AgsEndpoint {
    scopes = Set.copyOf(scopes);
  }

  /** The endpoint of a launch session, when the platform sent one. */
  public static Optional<AgsEndpoint> of(LaunchSession session) {
    String json = session.serviceClaims().get(LtiClaims.AGS_ENDPOINT);
    return json == null ? Optional.empty() : Optional.of(parse(json));
  }

  /** Reads the claim's JSON text. */
  public static AgsEndpoint parse(String claimJson) {
    try {
      Map<String, Object> claim = JSONObjectUtils.parse(claimJson);
      Object scope = claim.get("scope");
      Set<String> scopes =
          scope instanceof List<?> list
              ? Set.copyOf(list.stream().map(String::valueOf).toList())
              : Set.of();
      return new AgsEndpoint(scopes, uri(claim.get("lineitems")), uri(claim.get("lineitem")));
    } catch (ParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("AGS endpoint claim is not valid JSON with URLs", e);
    }
  }

  private static URI uri(Object value) {
    return value instanceof String s && !s.isBlank() ? URI.create(s) : null;
  }
}
