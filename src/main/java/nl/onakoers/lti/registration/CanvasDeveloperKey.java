package nl.onakoers.lti.registration;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.web.ToolUrls;

/**
 * The JSON an administrator pastes into Canvas (<i>Admin → Developer Keys → + LTI Key → Paste
 * JSON</i>), built from the tool's base URL: keyset URL, scopes, privacy level and the placements
 * {@code course_navigation} (resource link), {@code assignment_selection} and {@code
 * link_selection} (deep linking).
 *
 * <p>Served at {@code /api/admin/canvas-developer-key.json}. {@link #main} writes the example in
 * {@code lti-config/}: {@code java ... CanvasDeveloperKey https://ona.school.example <file>}.
 * Stateless and thread safe.
 */
public final class CanvasDeveloperKey {

  private CanvasDeveloperKey() {}

  /** The developer key as JSON text, two-space indented, ending with a newline. */
  public static String json(ToolUrls urls) {
    return PrettyJson.write(of(urls)) + "\n";
  }

  /** The developer key as a JSON-ready map. */
  public static Map<String, Object> of(ToolUrls urls) {
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("title", ToolProfile.NAME);
    key.put("description", ToolProfile.DESCRIPTION);
    key.put("oidc_initiation_url", urls.login());
    key.put("target_link_uri", urls.launch());
    key.put("public_jwk_url", urls.jwks());
    key.put("scopes", ToolProfile.SCOPES);
    key.put("extensions", List.of(extension(urls)));
    return key;
  }

  private static Map<String, Object> extension(ToolUrls urls) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("text", ToolProfile.NAME);
    settings.put("icon_url", urls.base() + ToolProfile.ICON_PATH);
    settings.put("placements", placements(urls));

    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put("platform", ToolProfile.CANVAS_PLATFORM);
    extension.put("domain", URI.create(urls.base()).getAuthority());
    extension.put("tool_id", ToolProfile.CANVAS_TOOL_ID);
    extension.put("privacy_level", ToolProfile.CANVAS_PRIVACY_LEVEL);
    extension.put("settings", settings);
    return extension;
  }

  private static List<Map<String, Object>> placements(ToolUrls urls) {
    List<Map<String, Object>> placements = new java.util.ArrayList<>();
    placements.add(
        placement(
            ToolProfile.CANVAS_RESOURCE_LINK_PLACEMENT,
            LtiClaims.RESOURCE_LINK_REQUEST,
            urls.launch()));
    for (String name : ToolProfile.CANVAS_DEEP_LINKING_PLACEMENTS) {
      placements.add(placement(name, LtiClaims.DEEP_LINKING_REQUEST, urls.deepLink()));
    }
    return placements;
  }

  private static Map<String, Object> placement(String name, String messageType, String target) {
    Map<String, Object> placement = new LinkedHashMap<>();
    placement.put("placement", name);
    placement.put("message_type", messageType);
    placement.put("target_link_uri", target);
    placement.put("text", ToolProfile.NAME);
    return placement;
  }

  /**
   * Writes the developer key for a base URL to a file.
   *
   * @param args the base URL and the output file
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CanvasDeveloperKey <base URL> <output file>");
      System.exit(2);
    }
    ToolUrls urls = ToolUrls.from(new Settings(key -> "ona.base.url".equals(key) ? args[0] : null));
    Files.writeString(Path.of(args[1]), json(urls), StandardCharsets.UTF_8);
  }
}
