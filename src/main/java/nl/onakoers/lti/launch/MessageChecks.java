package nl.onakoers.lti.launch;

import com.nimbusds.jwt.JWTClaimNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.onakoers.web.Printable;

/** The steps on the LTI message: version, type, the claims each type needs, and its target. */
final class MessageChecks {

  private MessageChecks() {}

  /** {@code version} is {@code 1.3.0}. Fails with VERSION_UNSUPPORTED. */
  record VersionSupported() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String version = launch.claimValues().string(LtiClaims.VERSION);
      if (!LtiClaims.VERSION_1_3_0.equals(version)) {
        throw new LaunchRejectedException(
            LaunchError.VERSION_UNSUPPORTED, "version " + Printable.of(version) + " is not 1.3.0");
      }
    }
  }

  /**
   * {@code message_type} is one the tool handles (MESSAGE_TYPE_UNSUPPORTED) and the one of the
   * endpoint it was posted to (MESSAGE_TYPE_WRONG_ENDPOINT).
   */
  record TypeFitsEndpoint() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String messageType = launch.messageType();
      if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)
          && !LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
        throw new LaunchRejectedException(
            LaunchError.MESSAGE_TYPE_UNSUPPORTED,
            "message_type " + Printable.of(messageType) + " is not supported");
      }
      LaunchEndpoint endpoint = launch.request().endpoint();
      if (!endpoint.messageType().equals(messageType)) {
        throw new LaunchRejectedException(
            LaunchError.MESSAGE_TYPE_WRONG_ENDPOINT,
            messageType + " was posted to " + endpoint.path());
      }
    }
  }

  /**
   * A resource link launch names its user, roles, resource link and target. An anonymous launch (no
   * {@code sub}) is refused: ONA Koers keeps per-person work. Fails with CLAIM_MISSING or
   * CLAIM_INVALID.
   */
  record ResourceLinkClaims() implements LaunchCheck {
    @Override
    public boolean appliesTo(LaunchContext launch) {
      return LtiClaims.RESOURCE_LINK_REQUEST.equals(launch.messageType());
    }

    @Override
    public void check(LaunchContext launch) {
      JsonValues claims = launch.claimValues();
      requireString(claims, JWTClaimNames.SUBJECT);
      requireArray(claims, LtiClaims.ROLES, "roles");
      requireObject(claims, LtiClaims.RESOURCE_LINK, "resource_link");
      requireString(claims.object(LtiClaims.RESOURCE_LINK), "id", "resource_link.id");
      requireString(claims, LtiClaims.TARGET_LINK_URI, "target_link_uri");
    }
  }

  /**
   * A deep-linking request says where to return and what may be returned. Fails with CLAIM_MISSING
   * or CLAIM_INVALID.
   */
  record DeepLinkingClaims() implements LaunchCheck {
    @Override
    public boolean appliesTo(LaunchContext launch) {
      return LtiClaims.DEEP_LINKING_REQUEST.equals(launch.messageType());
    }

    @Override
    public void check(LaunchContext launch) {
      JsonValues claims = launch.claimValues();
      requireString(claims, JWTClaimNames.SUBJECT);
      requireObject(claims, LtiClaims.DEEP_LINKING_SETTINGS, "deep_linking_settings");
      JsonValues settings = claims.object(LtiClaims.DEEP_LINKING_SETTINGS);
      requireString(settings, "deep_link_return_url", "deep_link_return_url");
      requireArray(settings, "accept_types", "accept_types");
    }
  }

  /**
   * The {@code target_link_uri} claim points where the login initiation said, comparing origin and
   * path and ignoring a trailing slash and the query. Only checked when the claim is sent (deep
   * linking may leave it out). Fails with TARGET_LINK_MISMATCH.
   */
  record TargetLinkMatches() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String claimed = launch.claimValues().nonBlank(LtiClaims.TARGET_LINK_URI);
      if (claimed == null) {
        return;
      }
      String expected = launch.loginState().targetLinkUri();
      if (!sameTarget(expected, claimed)) {
        throw new LaunchRejectedException(
            LaunchError.TARGET_LINK_MISMATCH,
            "target_link_uri " + Printable.of(claimed) + " is not " + Printable.of(expected));
      }
    }

    static boolean sameTarget(String expected, String claimed) {
      String left = originAndPath(expected);
      return left != null && left.equals(originAndPath(claimed));
    }

    private static String originAndPath(String uri) {
      try {
        URI parsed = new URI(uri).normalize();
        if (parsed.getScheme() == null || parsed.getHost() == null) {
          return null;
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        String path = parsed.getPath() == null ? "" : parsed.getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT) + port(parsed) + trimmed;
      } catch (URISyntaxException e) {
        return null;
      }
    }

    private static String port(URI uri) {
      int port = uri.getPort();
      boolean isDefault =
          port < 0
              || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
              || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
      return isDefault ? "" : ":" + port;
    }
  }

  private static void requireString(JsonValues claims, String name) {
    requireString(claims, name, name);
  }

  private static void requireString(JsonValues claims, String name, String label) {
    if (!claims.has(name)) {
      throw new LaunchRejectedException(LaunchError.CLAIM_MISSING, label + " is missing");
    }
    if (claims.nonBlank(name) == null) {
      throw new LaunchRejectedException(
          LaunchError.CLAIM_INVALID, label + " is not a non-empty string");
    }
  }

  private static void requireArray(JsonValues claims, String name, String label) {
    if (!claims.has(name)) {
      throw new LaunchRejectedException(LaunchError.CLAIM_MISSING, label + " is missing");
    }
    if (!claims.isArray(name)) {
      throw new LaunchRejectedException(LaunchError.CLAIM_INVALID, label + " is not an array");
    }
  }

  private static void requireObject(JsonValues claims, String name, String label) {
    if (!claims.has(name)) {
      throw new LaunchRejectedException(LaunchError.CLAIM_MISSING, label + " is missing");
    }
    if (!claims.isObject(name)) {
      throw new LaunchRejectedException(LaunchError.CLAIM_INVALID, label + " is not an object");
    }
  }
}
