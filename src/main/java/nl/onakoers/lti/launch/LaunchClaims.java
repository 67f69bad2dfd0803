package nl.onakoers.lti.launch;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed, read-only view of the claims of a validated id_token. Claims the platform did not send
 * read as {@link Optional#empty()}, an empty list or an empty map; a claim of the wrong type reads
 * as absent. Nothing here throws.
 *
 * <p>Immutable and thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#resource-link-launch-request-message">LTI
 *     1.3 §5</a>
 */
public final class LaunchClaims {

  private final JsonValues claims;
  private final Map<String, Object> raw;

  private LaunchClaims(Map<String, Object> raw) {
    this.raw = raw;
    this.claims = JsonValues.of(raw);
  }

  /**
   * @param claimsSet the verified claims, not null
   */
  public static LaunchClaims of(JWTClaimsSet claimsSet) {
    return new LaunchClaims(claimsSet.toJSONObject());
  }

  /** The user's id at the platform; empty only for an anonymous launch. */
  public Optional<String> subject() {
    return Optional.ofNullable(claims.nonBlank(JWTClaimNames.SUBJECT));
  }

  public Optional<String> name() {
    return Optional.ofNullable(claims.nonBlank(LtiClaims.NAME));
  }

  public Optional<String> givenName() {
    return Optional.ofNullable(claims.nonBlank(LtiClaims.GIVEN_NAME));
  }

  public Optional<String> familyName() {
    return Optional.ofNullable(claims.nonBlank(LtiClaims.FAMILY_NAME));
  }

  public Optional<String> email() {
    return Optional.ofNullable(claims.nonBlank(LtiClaims.EMAIL));
  }

  /** The OIDC {@code locale}, else the one in {@code launch_presentation}. */
  public Optional<String> locale() {
    String locale = claims.nonBlank(LtiClaims.LOCALE);
    return Optional.ofNullable(locale != null ? locale : launchPresentationValue("locale"));
  }

  public String messageType() {
    return claims.string(LtiClaims.MESSAGE_TYPE);
  }

  public String deploymentId() {
    return claims.string(LtiClaims.DEPLOYMENT_ID);
  }

  public Optional<String> targetLinkUri() {
    return Optional.ofNullable(claims.nonBlank(LtiClaims.TARGET_LINK_URI));
  }

  public Roles roles() {
    return Roles.of(claims.strings(LtiClaims.ROLES));
  }

  public Optional<Context> context() {
    JsonValues context = claims.object(LtiClaims.CONTEXT);
    if (context.nonBlank("id") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Context(
            context.string("id"),
            context.string("label"),
            context.string("title"),
            context.strings("type")));
  }

  public Optional<ResourceLink> resourceLink() {
    JsonValues link = claims.object(LtiClaims.RESOURCE_LINK);
    if (link.nonBlank("id") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ResourceLink(link.string("id"), link.string("title"), link.string("description")));
  }

  /** Custom parameters with string values; others are left out. */
  /**
   * An object claim as JSON text, as the platform sent it; used to keep service claims (AGS, NRPS,
   * deep linking) with the session. Empty when the claim is absent or not an object.
   */
  public Optional<String> objectClaimAsJson(String claim) {
    if (raw.get(claim) instanceof Map<?, ?> object) {
      @SuppressWarnings("unchecked")
      Map<String, ?> json = (Map<String, ?>) object;
      return Optional.of(JSONObjectUtils.toJSONString(json));
    }
    return Optional.empty();
  }

  public Map<String, String> custom() {
    return claims.stringMap(LtiClaims.CUSTOM);
  }

  public Optional<String> returnUrl() {
    return Optional.ofNullable(launchPresentationValue("return_url"));
  }

  /** {@code iframe}, {@code frame} or {@code window}; Canvas always sends {@code iframe}. */
  public Optional<String> documentTarget() {
    return Optional.ofNullable(launchPresentationValue("document_target"));
  }

  public Optional<AgsEndpoint> agsEndpoint() {
    JsonValues ags = claims.object(LtiClaims.AGS_ENDPOINT);
    if (ags.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AgsEndpoint(
            ags.strings("scope"),
            Optional.ofNullable(ags.nonBlank("lineitems")),
            Optional.ofNullable(ags.nonBlank("lineitem"))));
  }

  public Optional<NrpsService> namesAndRoles() {
    JsonValues nrps = claims.object(LtiClaims.NRPS_SERVICE);
    String url = nrps.nonBlank("context_memberships_url");
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(new NrpsService(url, nrps.strings("service_versions")));
  }

  public Optional<DeepLinkingSettings> deepLinkingSettings() {
    JsonValues settings = claims.object(LtiClaims.DEEP_LINKING_SETTINGS);
    String returnUrl = settings.nonBlank("deep_link_return_url");
    if (returnUrl == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DeepLinkingSettings(
            returnUrl,
            settings.strings("accept_types"),
            settings.strings("accept_presentation_document_targets"),
            Boolean.TRUE.equals(settings.bool("accept_multiple")),
            Optional.ofNullable(settings.string("data")),
            Optional.ofNullable(settings.nonBlank("title")),
            Optional.ofNullable(settings.nonBlank("text"))));
  }

  private String launchPresentationValue(String name) {
    return claims.object(LtiClaims.LAUNCH_PRESENTATION).nonBlank(name);
  }

  /**
   * The course or other context of the launch.
   *
   * @param id the platform's context id, not null
   * @param label short name, may be null
   * @param title full name, may be null
   * @param types context type URIs or short names, may be empty
   */
  public record Context(String id, String label, String title, List<String> types) {}

  /**
   * The placement that was launched.
   *
   * @param id stable per placement, not null
   * @param title may be null
   * @param description may be null
   */
  public record ResourceLink(String id, String title, String description) {}

  /**
   * Assignment and Grade Services for this launch; the scopes are what the platform granted.
   *
   * @param scopes granted AGS scopes
   * @param lineItems the line items container URL (Moodle keeps a {@code type_id} query)
   * @param lineItem the line item of this resource link, when there is exactly one
   */
  public record AgsEndpoint(
      List<String> scopes, Optional<String> lineItems, Optional<String> lineItem) {

    public boolean grants(String scope) {
      return scopes.contains(scope);
    }
  }

  /**
   * Names and Role Provisioning Services for this context.
   *
   * @param contextMembershipsUrl the membership container URL
   * @param serviceVersions e.g. {@code ["1.0", "2.0"]}
   */
  public record NrpsService(String contextMembershipsUrl, List<String> serviceVersions) {}

  /**
   * What a deep-linking response may return and where to post it.
   *
   * @param returnUrl {@code deep_link_return_url}
   * @param acceptTypes e.g. {@code ltiResourceLink}
   * @param acceptPresentationDocumentTargets e.g. {@code iframe}, {@code window}
   * @param acceptMultiple whether more than one item may be returned
   * @param data opaque value to echo in the response, when sent
   * @param title default title, when sent
   * @param text default text, when sent
   */
  public record DeepLinkingSettings(
      String returnUrl,
      List<String> acceptTypes,
      List<String> acceptPresentationDocumentTargets,
      boolean acceptMultiple,
      Optional<String> data,
      Optional<String> title,
      Optional<String> text) {}
}
