package nl.onakoers.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.web.ToolUrls;
import org.junit.jupiter.api.Test;

class CanvasDeveloperKeyTest {

  private static final String BASE = "https://ona.school.example";
  private static final Path COMMITTED = Path.of("lti-config/canvas-developer-key.json");

  @Test
  void theKeyHasTheFieldsCanvasRequires() throws Exception {
    Map<String, Object> key = JSONObjectUtils.parse(CanvasDeveloperKey.json(urls(BASE)));

    assertThat(key)
        .containsEntry("title", "ONA Koers")
        .containsKey("description")
        .containsEntry("oidc_initiation_url", BASE + "/lti/login")
        .containsEntry("target_link_uri", BASE + "/lti/launch")
        .containsEntry("public_jwk_url", BASE + "/lti/jwks")
        .containsEntry("scopes", ToolProfile.SCOPES);
    Map<String, Object> extension = extension(key);
    assertThat(extension)
        .containsEntry("platform", "canvas.instructure.com")
        .containsEntry("domain", "ona.school.example")
        .containsEntry("privacy_level", "name_only");
  }

  @Test
  void placementsLaunchResourceLinksAndDeepLinking() throws Exception {
    Map<String, Object> key = JSONObjectUtils.parse(CanvasDeveloperKey.json(urls(BASE)));

    assertThat(placements(extension(key)))
        .extracting(
            p -> p.get("placement") + " " + p.get("message_type") + " " + p.get("target_link_uri"))
        .containsExactly(
            "course_navigation " + LtiClaims.RESOURCE_LINK_REQUEST + " " + BASE + "/lti/launch",
            "assignment_selection "
                + LtiClaims.DEEP_LINKING_REQUEST
                + " "
                + BASE
                + "/lti/deep-link",
            "link_selection " + LtiClaims.DEEP_LINKING_REQUEST + " " + BASE + "/lti/deep-link");
  }

  @Test
  void aBaseUrlWithAPortKeepsThePortInTheDomain() throws Exception {
    Map<String, Object> key =
        JSONObjectUtils.parse(CanvasDeveloperKey.json(urls("http://localhost:8080/")));

    assertThat(extension(key)).containsEntry("domain", "localhost:8080");
    assertThat(key).containsEntry("public_jwk_url", "http://localhost:8080/lti/jwks");
  }

  /**
   * The example in {@code lti-config/} is generated; to refresh it run {@code CanvasDeveloperKey}
   * with {@code https://ona.school.example lti-config/canvas-developer-key.json}, or run this test
   * with {@code -Dona.regenerate=true}.
   */
  @Test
  void theCommittedExampleIsWhatTheGeneratorWrites() throws Exception {
    String generated = CanvasDeveloperKey.json(urls(BASE));
    if (Boolean.getBoolean("ona.regenerate")) {
      Files.writeString(COMMITTED, generated);
    }

    assertThat(Files.readString(COMMITTED)).isEqualTo(generated);
  }

  private static ToolUrls urls(String base) {
    return ToolUrls.from(new Settings(Map.of("ona.base.url", base)::get));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extension(Map<String, Object> key) {
    List<Map<String, Object>> extensions = (List<Map<String, Object>>) key.get("extensions");
    assertThat(extensions).hasSize(1);
    return extensions.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> placements(Map<String, Object> extension) {
    Map<String, Object> settings = (Map<String, Object>) extension.get("settings");
    return (List<Map<String, Object>>) settings.get("placements");
  }
}
