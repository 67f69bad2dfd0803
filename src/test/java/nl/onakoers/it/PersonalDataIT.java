package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.onakoers.it.StandInPlatform.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator answers an AVG (GDPR) request over the admin API: the export holds what the
 * participant typed, the erasure removes it, and only with the admin token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Person SAM = Person.learner("user/42", "Sam Student");
  private static final Person LINA = Person.learner("user-43", "Lina Learner");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private StandInPlatform platform;
  private CardClient rk3;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void aParticipantsDataIsExportedThenErasedAndOthersKeepTheirs() throws Exception {
    platform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
    rk3 = new CardClient(platform, tool(), "RK3");
    saveDraft(SAM, "Fietsenmaker");
    saveDraft(LINA, "Kapper");

    HttpResponse<String> anonymous = send("GET", people(SAM), null);
    HttpResponse<String> export = send("GET", people(SAM), ADMIN_TOKEN);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
    assertThat(export.body())
        .contains("\"userId\":\"user/42\"")
        .contains("Fietsenmaker")
        .contains("Sam Student")
        .doesNotContain("Kapper");

    HttpResponse<String> erased = send("DELETE", people(SAM), ADMIN_TOKEN);

    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(erased.body()).contains("\"cards\":1");
    assertThat(send("GET", people(SAM), ADMIN_TOKEN).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", people(SAM), ADMIN_TOKEN).statusCode()).isEqualTo(404);
    assertThat(send("GET", people(LINA), ADMIN_TOKEN).body()).contains("Kapper");
    assertThat(rk3.open(SAM).html()).doesNotContain("Fietsenmaker");
  }

  @Test
  void aRequestWithoutThePersonIsRefusedWithTheMissingFields() throws Exception {
    platform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
    rk3 = new CardClient(platform, tool(), "RK3");

    HttpResponse<String> missing = send("GET", "api/admin/people", ADMIN_TOKEN);
    HttpResponse<String> unknownRegistration =
        send("GET", "api/admin/people?registration=nope&user=x", ADMIN_TOKEN);

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("registration").contains("user");
    assertThat(unknownRegistration.statusCode()).isEqualTo(404);
  }

  private void saveDraft(Person person, String wensberoep) throws Exception {
    Map<String, String> fields = rk3.open(person).fields();
    fields.put("f.wensberoep", wensberoep);
    HttpResponse<String> saved = rk3.post(fields, "save");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  private String people(Person person) {
    return "api/admin/people?registration="
        + platform.registrationId()
        + "&user="
        + URLEncoder.encode(person.subject(), StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(String method, String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(tool().resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }
}
