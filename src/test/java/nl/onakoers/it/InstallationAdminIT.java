package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin API's installation helpers: the Canvas developer key and key rotation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstallationAdminIT {

  private static final String TOKEN = "it-admin-token-0123456789abcdef";

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Test
  void canvasDeveloperKeyIsADownloadForAdministratorsOnly() throws Exception {
    HttpResponse<String> key = send("GET", "api/admin/canvas-developer-key.json", TOKEN);
    HttpResponse<String> anonymous = send("GET", "api/admin/canvas-developer-key.json", null);

    assertThat(key.statusCode()).as("GET developer key status").isEqualTo(200);
    assertThat(key.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("canvas-developer-key.json"));
    assertThat(key.body())
        .contains("\"platform\": \"canvas.instructure.com\"")
        .contains("\"public_jwk_url\": \"http://localhost:8080/lti/jwks\"");
    assertThat(anonymous.statusCode()).as("GET developer key without token").isEqualTo(401);
  }

  @Test
  void aRotatedKeyIsPublishedAndTheOldOneCanBeRetired() throws Exception {
    String before = send("GET", "lti/jwks", null).body();
    String oldKid = firstKid(before);

    HttpResponse<String> rotated = send("POST", "api/admin/keys/rotate", TOKEN);
    assertThat(rotated.statusCode()).as("POST rotate status").isEqualTo(201);
    String newKid = firstKid(rotated.body());
    assertThat(send("GET", "lti/jwks", null).body()).contains(oldKid).contains(newKid);

    HttpResponse<String> retired = send("POST", "api/admin/keys/" + oldKid + "/retire", TOKEN);
    assertThat(retired.statusCode()).as("POST retire status").isEqualTo(204);
    assertThat(send("GET", "lti/jwks", null).body()).doesNotContain(oldKid).contains(newKid);
    assertThat(send("POST", "api/admin/keys/" + oldKid + "/retire", TOKEN).statusCode())
        .as("retiring twice")
        .isEqualTo(404);
  }

  private static String firstKid(String json) {
    Matcher kid = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    assertThat(kid.find()).as("kid in " + json).isTrue();
    return kid.group(1);
  }

  private HttpResponse<String> send(String method, String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Deployments.loopback(deployed).resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
