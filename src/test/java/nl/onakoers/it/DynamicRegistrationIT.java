package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.lti.registration.StubPlatform;
import nl.onakoers.web.QueryString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dynamic registration over HTTP on a real Payara Micro, against a stub Moodle in this JVM: an
 * invitation from the admin API, the confirmation page, the registration POST, and the stored
 * registration with its pending deployment; then the pending platform's login is refused until an
 * administrator approves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicRegistrationIT {

  private static final String TOKEN = "it-admin-token-0123456789abcdef";
  private static final String REGISTRATION_TOKEN = "moodle-registration-token";

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Test
  void moodleIsRegisteredThroughTheConfirmationPageAndWaitsForApproval() throws Exception {
    try (StubPlatform moodle = StubPlatform.moodle()) {
      String invite = invitation();

      HttpResponse<String> confirmation = get(registerQuery(moodle, invite));
      assertThat(confirmation.statusCode()).as("GET /lti/register status").isEqualTo(200);
      assertThat(confirmation.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains(moodle.origin()));
      assertThat(confirmation.body()).contains(moodle.origin()).doesNotContain("ERROR");

      HttpResponse<String> done = post(action(confirmation.body()), hiddenFields(confirmation));
      assertThat(done.statusCode()).as("POST /lti/register status").isEqualTo(200);
      assertThat(done.body()).contains("/static/lti-register-close.js").contains("dynRegClient01");
      assertThat(moodle.registration().authorization()).isEqualTo("Bearer " + REGISTRATION_TOKEN);
      HttpResponse<String> again = get(registerQuery(moodle, invite));
      assertThat(again.statusCode()).as("the same invitation a second time").isEqualTo(403);
      assertThat(again.body()).contains("LTI-REGISTER-INVITATION-INVALID");

      String registrations = admin("api/admin/registrations").body();
      assertThat(registrations).contains(moodle.origin()).contains("dynRegClient01");
      String id = idOf(registrations, moodle.origin());
      assertThat(admin("api/admin/registrations/" + id).body()).contains("\"status\":\"pending\"");
      assertThat(admin("api/admin/registrations/" + id + "/deployments").body())
          .contains("\"deploymentId\":\"7\"")
          .contains("\"status\":\"pending\"");
    }
  }

  @Test
  void pendingMoodleCannotLogInOrFrameUntilAnAdministratorApprovesIt() throws Exception {
    try (StubPlatform moodle = StubPlatform.moodle()) {
      HttpResponse<String> confirmation = get(registerQuery(moodle, invitation()));
      post(action(confirmation.body()), hiddenFields(confirmation));
      String id = idOf(admin("api/admin/registrations").body(), moodle.origin());

      HttpResponse<String> refused = get(loginQuery(moodle));
      assertThat(refused.statusCode()).as("login while pending").isEqualTo(403);
      assertThat(refused.body()).contains("LTI-LOGIN-REGISTRATION-PENDING");
      assertThat(refused.headers().firstValue("Location")).isEmpty();
      assertThat(frameAncestors()).doesNotContain(moodle.origin());

      HttpResponse<String> approved = approve(id);
      assertThat(approved.statusCode()).as("POST approval status").isEqualTo(200);
      assertThat(approved.body()).contains("\"status\":\"active\"");
      assertThat(admin("api/admin/registrations/" + id + "/deployments").body())
          .contains("\"deploymentId\":\"7\"")
          .contains("\"status\":\"active\"")
          .doesNotContain("pending");

      HttpResponse<String> login = get(loginQuery(moodle));
      assertThat(login.statusCode()).as("login after approval").isEqualTo(303);
      assertThat(login.headers().firstValue("Location"))
          .hasValueSatisfying(
              location -> assertThat(location).startsWith(moodle.origin() + "/mod/lti/auth.php?"));
      assertThat(frameAncestors()).contains(moodle.origin());
    }
  }

  @Test
  void withoutAnInvitationTheRegistrationPageRefusesWith403() throws Exception {
    try (StubPlatform moodle = StubPlatform.moodle()) {
      HttpResponse<String> refused = get(registerQuery(moodle, null));

      assertThat(refused.statusCode()).as("GET /lti/register without invite").isEqualTo(403);
      assertThat(refused.body()).contains("LTI-REGISTER-INVITATION-INVALID");
      assertThat(moodle.received()).isEmpty();
    }
  }

  @Test
  void closingScriptIsServed() throws Exception {
    HttpResponse<String> script = get("static/lti-register-close.js");

    assertThat(script.statusCode()).as("GET close script status").isEqualTo(200);
    assertThat(script.body()).contains("org.imsglobal.lti.close");
  }

  private String invitation() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("api/admin/registration-invitations"))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"validForHours\":1}"))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST invitation status").isEqualTo(201);
    Matcher invite = Pattern.compile("\"invite\":\"([^\"]+)\"").matcher(response.body());
    assertThat(invite.find()).as("invite in " + response.body()).isTrue();
    return invite.group(1);
  }

  private static String registerQuery(StubPlatform platform, String invite) {
    Map<String, String> query = new LinkedHashMap<>();
    if (invite != null) {
      query.put("invite", invite);
    }
    query.put("openid_configuration", platform.configurationUrl());
    query.put("registration_token", REGISTRATION_TOKEN);
    return "lti/register?" + QueryString.of(query);
  }

  /** A Moodle login initiation for the registered client, aimed at the tool's launch URL. */
  private String loginQuery(StubPlatform platform) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("iss", platform.origin());
    query.put("login_hint", "2");
    query.put("target_link_uri", "http://localhost:8080/lti/launch");
    query.put("client_id", "dynRegClient01");
    query.put("lti_deployment_id", "7");
    return "lti/login?" + QueryString.of(query);
  }

  private String frameAncestors() throws Exception {
    return get("").headers().firstValue("Content-Security-Policy").orElseThrow();
  }

  private HttpResponse<String> approve(String id) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("api/admin/registrations/" + id + "/approval"))
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String action(String html) {
    Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"").matcher(html);
    assertThat(action.find()).as("form in confirmation page").isTrue();
    return action.group(1).replace("&amp;", "&").substring(1);
  }

  private static Map<String, String> hiddenFields(HttpResponse<String> page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input =
        Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .matcher(page.body());
    while (input.find()) {
      fields.put(input.group(1), input.group(2));
    }
    return fields;
  }

  private static String idOf(String registrations, String issuer) {
    Matcher id =
        Pattern.compile("\"id\":\"([^\"]+)\"[^}]*\"issuer\":\"" + Pattern.quote(issuer) + "\"")
            .matcher(registrations);
    assertThat(id.find()).as("registration of " + issuer).isTrue();
    return id.group(1);
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base().resolve(path)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> admin(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Authorization", "Bearer " + TOKEN)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(QueryString.of(form)))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI base() {
    return Deployments.loopback(deployed);
  }
}
