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
 * Marking a lesson step of module M3 done over HTTP on Payara Micro: the module page and the
 * overview show it for that participant only, and a step the module does not have is a 404 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonStepsIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Person SAM = Person.learner("user-42", "Sam Student");
  private static final Person LINA = Person.learner("user-43", "Lina Learner");
  private static final Pattern TOKEN = Pattern.compile("name=\"s\" value=\"([^\"]+)\"");
  private static final Pattern M3_ON_OVERVIEW =
      Pattern.compile("modules/M3\\?.*?(Stappen klaar: \\d+ van \\d+)", Pattern.DOTALL);
  private static final String UNKNOWN = "Deze module of kaart bestaat niet";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private StandInPlatform platform;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** Called by each test: Arquillian injects the deployment URL only when the test runs. */
  private void givenARegisteredPlatform() throws Exception {
    platform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
  }

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void aStepMarkedDoneShowsAsDoneForThatParticipantOnly() throws Exception {
    givenARegisteredPlatform();
    String sams = moduleToken(SAM);

    HttpResponse<String> marked = mark(sams, "M3", "kiezen", "true");

    assertThat(marked.statusCode()).as("marking: " + marked.body()).isEqualTo(303);
    assertThat(marked.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/app/p/modules/M3?s=" + sams + "#step-kiezen"));
    String module = get("app/p/modules/M3?s=" + sams).body();
    assertThat(step(module, "kiezen")).contains("Klaar.").contains("Nog niet klaar: Kies");
    assertThat(module).contains("id=\"step-kiezen\"");
    assertThat(step(module, "werkdag")).doesNotContain("Klaar.").contains("Stap klaar:");
    assertThat(overviewProgress(SAM)).isEqualTo("Stappen klaar: 1 van 5");

    String linas = moduleToken(LINA);
    assertThat(step(get("app/p/modules/M3?s=" + linas).body(), "kiezen"))
        .as("Lina's module page")
        .doesNotContain("Klaar.");
    assertThat(overviewProgress(LINA)).isEqualTo("Stappen klaar: 0 van 5");
  }

  @Test
  void aStepMarkedNotDoneAgainIsNoLongerDone() throws Exception {
    givenARegisteredPlatform();
    String token = moduleToken(SAM);
    mark(token, "M3", "werkdag", "true");

    HttpResponse<String> undone = mark(token, "M3", "werkdag", "false");

    assertThat(undone.statusCode()).isEqualTo(303);
    assertThat(step(get("app/p/modules/M3?s=" + token).body(), "werkdag")).doesNotContain("Klaar.");
    assertThat(overviewProgress(SAM)).isEqualTo("Stappen klaar: 0 van 5");
  }

  @Test
  void anUnknownStepOrModuleIsANotFoundPageAndMarksNothing() throws Exception {
    givenARegisteredPlatform();
    String token = moduleToken(SAM);

    HttpResponse<String> unknownStep = mark(token, "M3", "bestaat-niet", "true");
    HttpResponse<String> unknownModule = mark(token, "M99", "kiezen", "true");
    HttpResponse<String> noSession = mark("no-such-session-token", "M3", "kiezen", "true");

    assertThat(unknownStep.statusCode()).isEqualTo(404);
    assertThat(unknownStep.body()).contains(UNKNOWN);
    assertThat(unknownModule.statusCode()).isEqualTo(404);
    assertThat(unknownModule.body()).contains(UNKNOWN);
    assertThat(noSession.statusCode()).isEqualTo(401);
    assertThat(overviewProgress(SAM)).isEqualTo("Stappen klaar: 0 van 5");
  }

  /** The session token of a new launch onto module M3, read from its module page. */
  private String moduleToken(Person person) throws Exception {
    String page = firstPage(person, Map.of("module", "M3"));
    assertThat(page).contains("Kies één beroep");
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).as("a session token on the module page").isTrue();
    return token.group(1);
  }

  /** What the overview of a new launch says about the steps of M3. */
  private String overviewProgress(Person person) throws Exception {
    Matcher progress = M3_ON_OVERVIEW.matcher(firstPage(person, Map.of()));
    assertThat(progress.find()).as("M3 on the overview").isTrue();
    return progress.group(1);
  }

  /** The part of a module page with the title, state and button of one step. */
  private static String step(String modulePage, String stepId) {
    String action = "action=\"/app/p/modules/M3/steps/" + stepId + "\"";
    int form = modulePage.indexOf(action);
    assertThat(form).as("the form of step " + stepId).isNotNegative();
    return modulePage.substring(form, modulePage.indexOf("</form>", form));
  }

  private String firstPage(Person person, Map<String, String> custom) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(platform.launch(person, custom)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("first page: " + page.body()).isEqualTo(200);
    return page.body();
  }

  private HttpResponse<String> mark(String token, String module, String step, String done)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("s", token);
    form.put("done", done);
    return http.send(
        HttpRequest.newBuilder(tool().resolve("app/p/modules/" + module + "/steps/" + step))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(StandInPlatform.form(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }
}
