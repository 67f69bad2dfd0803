package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Saving card RK3 over HTTP on Payara Micro the way card.js does it in the background, and the ways
 * a save is refused: a second tab that saves from an old version, a card already handed in, and a
 * session that no longer lives. A refused save must leave the stored card as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardSavingIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Person SAM = Person.learner("user-42", "Sam Student");
  private static final Pattern VERSION = Pattern.compile("\\{\"version\":(\\d+)}");
  private static final String CONFLICT = "Deze kaart is ergens anders veranderd";
  private static final String LOCKED = "Je kaart is ingeleverd. Je kunt hem nu niet veranderen.";

  private StandInPlatform platform;
  private CardClient rk3;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** Called by each test: Arquillian injects the deployment URL only when the test runs. */
  private void givenARegisteredPlatform() throws Exception {
    platform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
    rk3 = new CardClient(platform, tool(), "RK3");
  }

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void anAutosaveAnswersTheNewVersionAsJsonAndANewLaunchShowsTheText() throws Exception {
    givenARegisteredPlatform();
    Map<String, String> fields = rk3.open(SAM).fields();
    long opened = Long.parseLong(fields.get("version"));

    fields.put("f.wensberoep", "Kapper");
    HttpResponse<String> first = rk3.post(fields, "autosave");
    long afterFirst = versionIn(first);
    fields.put("version", String.valueOf(afterFirst));
    fields.put("f.taken", "Ik knip haar en ik maak afspraken.");
    HttpResponse<String> second = rk3.post(fields, "autosave");
    long afterSecond = versionIn(second);

    assertThat(afterFirst).as("version after the first autosave").isGreaterThan(opened);
    assertThat(afterSecond)
        .as("the version card.js sends next is accepted")
        .isGreaterThan(afterFirst);
    CardForm again = rk3.open(SAM);
    assertThat(again.html())
        .as("the autosaved draft after a new launch")
        .contains("value=\"Kapper\"")
        .contains("Ik knip haar en ik maak afspraken.")
        .contains("Concept");
    assertThat(again.fields()).containsEntry("version", String.valueOf(afterSecond));
  }

  @Test
  void aSecondTabThatSavesFromTheSameVersionIsRefusedAndOverwritesNothing() throws Exception {
    givenARegisteredPlatform();
    CardForm tabA = rk3.open(SAM);
    CardForm tabB = CardForm.of(rk3.get("app/p/cards/RK3?s=" + tabA.token()).body());
    assertThat(tabB.fields().get("version")).isEqualTo(tabA.fields().get("version"));

    Map<String, String> fromA = tabA.fields();
    fromA.put("f.wensberoep", "Tekst uit tab A");
    long savedByA = versionIn(rk3.post(fromA, "autosave"));
    Map<String, String> fromB = tabB.fields();
    fromB.put("f.wensberoep", "Tekst uit tab B");
    HttpResponse<String> autosaveB = rk3.post(fromB, "autosave");
    HttpResponse<String> saveB = rk3.post(fromB, "save");

    assertThat(autosaveB.statusCode()).as("autosave from the old version").isEqualTo(409);
    assertThat(autosaveB.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(autosaveB.body()).isEqualTo("{\"conflict\":true}");
    assertThat(saveB.statusCode()).as("plain save from the old version").isEqualTo(409);
    CardForm newest = CardForm.of(saveB.body());
    assertThat(newest.html())
        .as("the conflict page shows the stored card, not tab B's text")
        .contains(CONFLICT)
        .contains("value=\"Tekst uit tab A\"")
        .doesNotContain("Tekst uit tab B");
    assertThat(newest.fields()).containsEntry("version", String.valueOf(savedByA));
    assertThat(rk3.open(SAM).html())
        .as("tab A's text is stored unchanged")
        .contains("value=\"Tekst uit tab A\"")
        .doesNotContain("Tekst uit tab B");
  }

  @Test
  void aSaveAfterSubmittingChangesNothing() throws Exception {
    givenARegisteredPlatform();
    Map<String, String> answers = CardForm.passingRk3(rk3.open(SAM).fields());
    answers.put("f.wensberoep", "Monteur zonnepanelen");
    answers.put("f.taken", "Ik begin om 7 uur en draag panelen naar het dak.");
    HttpResponse<String> submitted = rk3.post(answers, "submit");
    assertThat(submitted.statusCode()).as("submitting: " + submitted.body()).isEqualTo(200);
    assertThat(submitted.body()).as("submitting").contains("Ingeleverd.");
    Map<String, String> late = CardForm.of(submitted.body()).fields();
    late.put("f.wensberoep", "Later veranderd");

    HttpResponse<String> save = rk3.post(late, "save");
    HttpResponse<String> autosave = rk3.post(late, "autosave");

    assertThat(save.statusCode()).as("save of a submitted card").isEqualTo(409);
    assertThat(save.body()).contains(LOCKED).doesNotContain("Later veranderd");
    assertThat(autosave.statusCode()).as("autosave of a submitted card").isEqualTo(409);
    assertThat(autosave.body())
        .as("card.js tells a handed-in card from a change in another window")
        .isEqualTo("{\"locked\":true}");
    assertThat(rk3.open(SAM).html())
        .as("the submitted card after a new launch")
        .contains("Ingediend")
        .contains("value=\"Monteur zonnepanelen\"")
        .doesNotContain("Later veranderd");
  }

  @Test
  void anAutosaveWithoutALiveSessionGets401AndStoresNothing() throws Exception {
    givenARegisteredPlatform();
    Map<String, String> fields = rk3.open(SAM).fields();
    fields.put("f.wensberoep", "Bewaarde tekst");
    fields.put("version", String.valueOf(versionIn(rk3.post(fields, "autosave"))));

    fields.put("f.wensberoep", "Tekst zonder sessie");
    Map<String, String> unknown = new LinkedHashMap<>(fields);
    unknown.put("s", "no-such-session-token");
    HttpResponse<String> withUnknownToken = rk3.post(unknown, "autosave");
    Map<String, String> none = new LinkedHashMap<>(fields);
    none.remove("s");
    HttpResponse<String> withoutToken = rk3.post(none, "autosave");
    platform.deploymentStatus("rejected");
    HttpResponse<String> withEndedSession = rk3.post(fields, "autosave");
    platform.deploymentStatus("active");

    for (HttpResponse<String> refused : List.of(withUnknownToken, withoutToken, withEndedSession)) {
      assertThat(refused.statusCode()).as("autosave: " + refused.body()).isEqualTo(401);
      assertThat(refused.body()).contains("Je sessie is verlopen").doesNotContain("version");
    }
    HttpResponse<String> plainSave = rk3.post(unknown, "save");
    assertThat(plainSave.statusCode()).isEqualTo(401);
    assertThat(plainSave.body())
        .as("without JavaScript the page gives back what was typed, to copy")
        .contains("Dit had je getypt")
        .contains(">Tekst zonder sessie</textarea>");
    assertThat(rk3.open(SAM).html())
        .as("the draft as last saved with a live session")
        .contains("value=\"Bewaarde tekst\"")
        .doesNotContain("Tekst zonder sessie");
  }

  /** The new version in an autosave's answer, after checking it is what card.js reads. */
  private static long versionIn(HttpResponse<String> autosave) {
    assertThat(autosave.statusCode()).as("autosave: " + autosave.body()).isEqualTo(200);
    assertThat(autosave.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    Matcher version = VERSION.matcher(autosave.body());
    assertThat(version.matches()).as("autosave body: " + autosave.body()).isTrue();
    return Long.parseLong(version.group(1));
  }

  /** Posts the form as card.js does: every field of the form, with the action set. */
  private URI tool() {
    return Deployments.loopback(deployed);
  }
}
