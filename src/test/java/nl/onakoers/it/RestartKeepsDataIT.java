package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 2: stopping the tool and starting it again on the same data folder keeps the data. Runs the
 * uber jar twice on one embedded H2 folder: a registration made through the admin API and the
 * tool's signing key are both there after the restart.
 */
class RestartKeepsDataIT {

  private static final String ADMIN_TOKEN = "restart-keeps-data-it-admin-token-0123456789";
  private static final Map<String, String> SETTINGS =
      Map.of("ONA_DEMO", "false", "ONA_ADMIN_TOKEN", ADMIN_TOKEN);
  private static final String ISSUER = "https://moodle.restart.example";
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void registrationAndToolKeySurviveAStopAndAStartOnTheSameDataFolder() throws Exception {
    Path data = ToolProcess.newDataFolder("restart-it");

    String registrationId;
    List<String> kidsBefore;
    try (ToolProcess first = ToolProcess.start("restart-it-first", SETTINGS, data)) {
      HttpResponse<String> created =
          send(first, "POST", "/api/admin/registrations", registration());
      assertThat(created.statusCode()).as("POST registration: " + created.body()).isEqualTo(201);
      registrationId = idOf(created.body());
      kidsBefore = kids(first);
      assertThat(kidsBefore).isNotEmpty();
    }

    try (ToolProcess second = ToolProcess.start("restart-it-second", SETTINGS, data)) {
      HttpResponse<String> found =
          send(second, "GET", "/api/admin/registrations/" + registrationId, null);
      assertThat(found.statusCode()).as("GET registration after restart").isEqualTo(200);
      assertThat(found.body()).contains(ISSUER).contains("client-restart");
      assertThat(kids(second)).as("tool key ids after restart").isEqualTo(kidsBefore);
    }
  }

  private static String registration() {
    return """
        {"issuer":"%1$s","clientId":"client-restart","authUrl":"%1$s/mod/lti/auth.php",
         "tokenUrl":"%1$s/mod/lti/token.php","jwksUrl":"%1$s/mod/lti/certs.php",
         "kind":"moodle"}"""
        .formatted(ISSUER);
  }

  private List<String> kids(ToolProcess tool) throws Exception {
    HttpResponse<String> jwks = send(tool, "GET", "/.well-known/jwks.json", null);
    assertThat(jwks.statusCode()).isEqualTo(200);
    return JWKSet.parse(jwks.body()).getKeys().stream().map(JWK::getKeyID).toList();
  }

  private static String idOf(String body) {
    Matcher matcher = ID.matcher(body);
    assertThat(matcher.find()).as("id in " + body).isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> send(ToolProcess tool, String method, String path, String json)
      throws Exception {
    URI url = tool.toolUrl(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).header("Authorization", "Bearer " + ADMIN_TOKEN);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
