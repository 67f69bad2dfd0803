package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
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

/**
 * The admin API on a real Payara Micro, with the admin token from {@code arquillian.xml}. Each test
 * registers its own platform host, so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

  private static final String TOKEN = "it-admin-token-0123456789abcdef";
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Test
  void registrationIsCreatedListedAndItsPendingDeploymentApproved() throws Exception {
    String issuer = "https://moodle-" + System.nanoTime() + ".school.example";

    HttpResponse<String> created = send("POST", "api/admin/registrations", moodle(issuer), TOKEN);
    assertThat(created.statusCode()).as("POST registration status").isEqualTo(201);
    assertThat(created.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    String id = idOf(created.body());
    assertThat(created.body()).contains("\"kind\":\"moodle\"").doesNotContain("warnings");

    HttpResponse<String> list = send("GET", "api/admin/registrations", null, TOKEN);
    assertThat(list.statusCode()).as("GET registrations status").isEqualTo(200);
    assertThat(list.body()).contains(id).contains(issuer);

    String deployments = "api/admin/registrations/" + id + "/deployments";
    HttpResponse<String> added =
        send("POST", deployments, "{\"deploymentId\":\"3\",\"status\":\"pending\"}", TOKEN);
    assertThat(added.statusCode()).as("POST deployment status").isEqualTo(201);
    assertThat(added.body()).contains("\"status\":\"pending\"");

    HttpResponse<String> approved =
        send("PUT", deployments + "/3", "{\"status\":\"active\",\"label\":\"ONA 2027\"}", TOKEN);
    assertThat(approved.statusCode()).as("PUT deployment status").isEqualTo(200);
    assertThat(send("GET", deployments, null, TOKEN).body())
        .contains("\"deploymentId\":\"3\"")
        .contains("\"status\":\"active\"")
        .contains("\"label\":\"ONA 2027\"");
  }

  @Test
  void requestsWithoutTheRightBearerTokenAreRefusedWith401() throws Exception {
    HttpResponse<String> missing = send("GET", "api/admin/registrations", null, null);
    HttpResponse<String> wrong = send("GET", "api/admin/registrations", null, TOKEN + "x");

    assertThat(missing.statusCode()).as("GET without token status").isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(missing.body()).contains("\"error\":\"unauthorized\"");
    assertThat(wrong.statusCode()).as("GET with wrong token status").isEqualTo(401);
  }

  @Test
  void invalidRegistrationIsRefusedWith400NamingTheFields() throws Exception {
    String body = "{\"issuer\":\"http://lms.example\",\"clientId\":\"c\",\"kind\":\"webct\"}";

    HttpResponse<String> response = send("POST", "api/admin/registrations", body, TOKEN);

    assertThat(response.statusCode()).as("POST invalid registration status").isEqualTo(400);
    assertThat(response.body())
        .contains("\"error\":\"invalid_registration\"")
        .contains("\"field\":\"issuer\"")
        .contains("\"field\":\"authUrl\"")
        .contains("\"field\":\"tokenUrl\"")
        .contains("\"field\":\"jwksUrl\"")
        .contains("\"field\":\"kind\"");
  }

  @Test
  void duplicateIsAConflictAndTrailingSlashAWarning() throws Exception {
    String issuer = "https://slash-" + System.nanoTime() + ".school.example/";

    HttpResponse<String> first = send("POST", "api/admin/registrations", moodle(issuer), TOKEN);
    HttpResponse<String> second = send("POST", "api/admin/registrations", moodle(issuer), TOKEN);

    assertThat(first.statusCode()).as("first POST status").isEqualTo(201);
    assertThat(first.body()).contains("\"warnings\"").contains("\"field\":\"issuer\"");
    assertThat(second.statusCode()).as("second POST status").isEqualTo(409);
    assertThat(second.body()).contains("\"error\":\"duplicate_registration\"");
  }

  @Test
  void unknownRegistrationAndUnknownApiPathAnswerJson404() throws Exception {
    HttpResponse<String> registration =
        send("GET", "api/admin/registrations/no-such-id", null, TOKEN);
    HttpResponse<String> path = send("GET", "api/no-such-thing", null, null);

    assertThat(registration.statusCode()).as("GET unknown registration status").isEqualTo(404);
    assertThat(registration.body()).contains("\"error\":\"registration_not_found\"");
    assertThat(path.statusCode()).as("GET unknown API path status").isEqualTo(404);
    assertThat(path.body()).contains("\"error\":\"not_found\"").containsPattern("ONA-[A-Z0-9]{6}");
  }

  @Test
  void registeredPlatformOriginMayFrameTheTool() throws Exception {
    String host = "canvas-" + System.nanoTime() + ".school.example";
    send("POST", "api/admin/registrations", moodle("https://" + host + ":8443"), TOKEN);

    HttpResponse<String> landing = send("GET", "", null, null);

    assertThat(landing.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .containsPattern("frame-ancestors 'self'[^;]* https://" + host + ":8443"));
  }

  @Test
  void canvasSchoolAddressIsStoredAndMayFrameTheTool() throws Exception {
    String school = "https://school-" + System.nanoTime() + ".instructure.com";
    String body =
        """
        {"issuer":"https://canvas.instructure.com","clientId":"%s",
         "authUrl":"https://sso.canvaslms.com/api/lti/authorize_redirect",
         "tokenUrl":"https://sso.canvaslms.com/login/oauth2/token",
         "jwksUrl":"https://sso.canvaslms.com/api/lti/security/jwks",
         "kind":"canvas","frameOrigins":["%s/"]}"""
            .formatted(System.nanoTime(), school);

    HttpResponse<String> created = send("POST", "api/admin/registrations", body, TOKEN);
    HttpResponse<String> landing = send("GET", "", null, null);

    assertThat(created.statusCode()).as("POST Canvas registration status").isEqualTo(201);
    assertThat(created.body())
        .contains("\"frameOrigins\":[\"" + school + "\"]")
        .contains("\"status\":\"active\"");
    assertThat(landing.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).containsPattern("frame-ancestors 'self'[^;]* " + school));
  }

  @Test
  void frameOriginWithAPathIsRefusedWith400() throws Exception {
    String body =
        moodle("https://path-" + System.nanoTime() + ".school.example")
            .replace("\"kind\"", "\"frameOrigins\":[\"https://lms.example/courses\"],\"kind\"");

    HttpResponse<String> response = send("POST", "api/admin/registrations", body, TOKEN);

    assertThat(response.statusCode()).as("POST with a path in frameOrigins").isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"frameOrigins\"");
  }

  @Test
  void approvingAnActiveRegistrationKeepsItActiveAndAnUnknownOneIs404() throws Exception {
    String issuer = "https://approve-" + System.nanoTime() + ".school.example";
    String id = idOf(send("POST", "api/admin/registrations", moodle(issuer), TOKEN).body());

    HttpResponse<String> approved =
        send("POST", "api/admin/registrations/" + id + "/approval", null, TOKEN);
    HttpResponse<String> unknown =
        send("POST", "api/admin/registrations/no-such-id/approval", null, TOKEN);

    assertThat(approved.statusCode()).as("POST approval status").isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"active\"");
    assertThat(unknown.statusCode()).as("POST approval of unknown id").isEqualTo(404);
  }

  @Test
  void adminPageAsksForTheTokenAndListsRegistrationsWithIt() throws Exception {
    String issuer = "https://page-" + System.nanoTime() + ".school.example";
    send("POST", "api/admin/registrations", moodle(issuer), TOKEN);

    HttpResponse<String> form = send("GET", "admin", null, null);
    HttpResponse<String> list =
        http.send(
            HttpRequest.newBuilder(base().resolve("admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(form.statusCode()).as("GET /admin status").isEqualTo(200);
    assertThat(form.body()).contains("name=\"token\"").doesNotContain(issuer);
    assertThat(list.statusCode()).as("POST /admin status").isEqualTo(200);
    assertThat(list.body()).contains(issuer);
    assertThat(list.headers().firstValue("Set-Cookie")).isEmpty();
  }

  private static String moodle(String issuer) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return """
        {"issuer":"%1$s","clientId":"client-a","authUrl":"%2$s/mod/lti/auth.php",
         "tokenUrl":"%2$s/mod/lti/token.php","jwksUrl":"%2$s/mod/lti/certs.php",
         "kind":"moodle"}"""
        .formatted(issuer, base);
  }

  private static String idOf(String body) {
    Matcher matcher = ID.matcher(body);
    assertThat(matcher.find()).as("id in " + body).isTrue();
    return matcher.group(1);
  }

  private URI base() {
    return Deployments.loopback(deployed);
  }

  private HttpResponse<String> send(String method, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
