package nl.onakoers.lti.registration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.web.ToolUrls;

/**
 * The tool's registration as sent to a platform's {@code registration_endpoint}: an OpenID client
 * registration with the LTI tool configuration, and for Canvas its privacy level and placements.
 *
 * <p>The scopes asked are those of {@link ToolProfile#SCOPES} that the platform offers (all of them
 * when it does not say). Stateless and thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-configuration">LTI DR 1.0 §3.4</a>
 */
public final class ToolRegistrationRequest {

  static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  static final String CANVAS_PRIVACY_LEVEL = "https://canvas.instructure.com/lti/privacy_level";
  static final String CANVAS_TOOL_ID = "https://canvas.instructure.com/lti/tool_id";

  private ToolRegistrationRequest() {}

  /** The scopes the tool asks of this platform. */
  public static List<String> scopesFor(PlatformConfiguration platform) {
    if (platform.scopesSupported().isEmpty()) {
      return ToolProfile.SCOPES;
    }
    return ToolProfile.SCOPES.stream().filter(platform.scopesSupported()::contains).toList();
  }

  /** The registration body as a JSON-ready map, members in a readable order. */
  public static Map<String, Object> body(ToolUrls urls, PlatformConfiguration platform) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("application_type", "web");
    body.put("response_types", List.of("id_token"));
    body.put("grant_types", List.of("implicit", "client_credentials"));
    body.put("initiate_login_uri", urls.login());
    body.put("redirect_uris", List.of(urls.launch(), urls.deepLink()));
    body.put("client_name", ToolProfile.NAME);
    body.put("jwks_uri", urls.jwks());
    body.put("logo_uri", urls.base() + ToolProfile.ICON_PATH);
    body.put("token_endpoint_auth_method", "private_key_jwt");
    body.put("scope", String.join(" ", scopesFor(platform)));
    body.put(TOOL_CONFIGURATION, toolConfiguration(urls, platform));
    return body;
  }

  private static Map<String, Object> toolConfiguration(
      ToolUrls urls, PlatformConfiguration platform) {
    boolean canvas = platform.kind() == PlatformKind.CANVAS;
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("domain", URI.create(urls.base()).getAuthority());
    tool.put("target_link_uri", urls.launch());
    tool.put("description", ToolProfile.DESCRIPTION);
    tool.put("claims", ToolProfile.CLAIMS);
    tool.put("messages", messages(urls, canvas));
    if (canvas) {
      tool.put(CANVAS_PRIVACY_LEVEL, ToolProfile.CANVAS_PRIVACY_LEVEL);
      tool.put(CANVAS_TOOL_ID, ToolProfile.CANVAS_TOOL_ID);
    }
    return tool;
  }

  private static List<Map<String, Object>> messages(ToolUrls urls, boolean canvas) {
    Map<String, Object> resourceLink =
        message(LtiClaims.RESOURCE_LINK_REQUEST, urls.launch(), urls.base());
    Map<String, Object> deepLinking =
        message(LtiClaims.DEEP_LINKING_REQUEST, urls.deepLink(), urls.base());
    if (canvas) {
      resourceLink.put("placements", List.of(ToolProfile.CANVAS_RESOURCE_LINK_PLACEMENT));
      deepLinking.put("placements", ToolProfile.CANVAS_DEEP_LINKING_PLACEMENTS);
    }
    return List.of(resourceLink, deepLinking);
  }

  private static Map<String, Object> message(String type, String target, String base) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", type);
    message.put("target_link_uri", target);
    message.put("label", ToolProfile.NAME);
    message.put("icon_uri", base + ToolProfile.ICON_PATH);
    return message;
  }
}
