package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * A participant's way through a result card over HTTP on Payara Micro: launched by a stand-in
 * platform onto card RK3, saving a draft with the plain form, finding it again after a new launch,
 * submitting it; and what another learner and hostile text cannot do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantJourneyIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Person SAM = Person.learner("user-42", "Sam Student");
  private static final Person LINA = Person.learner("user-43", "Lina Learner");

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
  void aDraftSurvivesANewLaunchAndCanThenBeSubmitted() throws Exception {
    givenARegisteredPlatform();
    CardForm first = rk3.open(SAM);
    assertThat(first.html()).contains("RK3").contains("Mijn wensberoep").contains("Concept");

    Map<String, String> draft = first.fields();
    draft.put("f.wensberoep", "Monteur zonnepanelen");
    draft.put("f.taken", "Ik begin om 7 uur en draag panelen naar het dak.");
    HttpResponse<String> saved = rk3.post(draft, "save");
    assertThat(saved.statusCode()).as("saving a draft: " + saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("Opgeslagen.");

    CardForm again = rk3.open(SAM);
    assertThat(again.html())
        .as("the draft after a new launch and a new session")
        .contains("value=\"Monteur zonnepanelen\"")
        .contains("Ik begin om 7 uur en draag panelen naar het dak.");
    assertThat(again.token()).isNotEqualTo(first.token());

    HttpResponse<String> submitted = rk3.post(CardForm.passingRk3(again.fields()), "submit");
    assertThat(submitted.statusCode()).as("submitting: " + submitted.body()).isEqualTo(200);
    assertThat(submitted.body()).contains("Ingediend").contains("Ingeleverd.");
    assertThat(rk3.open(SAM).html()).as("status after a new launch").contains("Ingediend");
  }

  @Test
  void aListEntryIsAddedAndRemovedWithTheFormButtons() throws Exception {
    givenARegisteredPlatform();
    CardForm card = rk3.open(SAM);

    HttpResponse<String> added = rk3.post(card.fields(), "add:eisen");
    CardForm withEntry = CardForm.of(added.body());
    assertThat(withEntry.html()).contains("name=\"f.eisen.0.eis\"");
    Map<String, String> fields = withEntry.fields();
    fields.put("f.eisen.0.eis", "VCA-certificaat");
    HttpResponse<String> removed = rk3.post(fields, "remove:eisen:0");

    assertThat(removed.body()).doesNotContain("name=\"f.eisen.0.eis\"");
  }

  @Test
  void anotherLearnerInTheSameCourseNeitherSeesNorChangesTheCard() throws Exception {
    givenARegisteredPlatform();
    CardForm sams = rk3.open(SAM);
    Map<String, String> draft = sams.fields();
    draft.put("f.wensberoep", "Helpende zorg");
    assertThat(rk3.post(draft, "save").statusCode()).isEqualTo(200);

    CardForm linas = rk3.open(LINA);
    Map<String, String> intrusion = linas.fields();
    intrusion.put("f.wensberoep", "Overschreven door Lina");
    intrusion.put("version", String.valueOf(Long.parseLong(sams.fields().get("version")) + 1));
    intrusion.put("user", SAM.subject());
    intrusion.put("sub", SAM.subject());
    HttpResponse<String> linasPost = rk3.post(intrusion, "save");
    Map<String, String> stolen = rk3.open(SAM).fields();
    stolen.put("s", "not-a-session");
    HttpResponse<String> noSession = rk3.post(stolen, "save");
    HttpResponse<String> unknownCard = rk3.get("app/p/cards/RK99?s=" + linas.token());

    assertThat(linas.html()).as("Lina's card page").doesNotContain("Helpende zorg");
    assertThat(linasPost.body()).doesNotContain("Helpende zorg");
    assertThat(noSession.statusCode()).as("post without a valid session").isEqualTo(401);
    assertThat(unknownCard.statusCode()).as("unknown card").isEqualTo(404);
    assertThat(rk3.open(SAM).html())
        .as("Sam's card is unchanged")
        .contains("value=\"Helpende zorg\"")
        .doesNotContain("Overschreven door Lina");
  }

  @Test
  void hostileTextComesBackEscaped() throws Exception {
    givenARegisteredPlatform();
    Map<String, String> fields = rk3.open(SAM).fields();
    fields.put("f.wensberoep", "\" onmouseover=\"x");
    fields.put("f.taken", "<script>alert(1)</script>");
    fields.put("f.plan-b", "مساعد في المستودع 🚚");
    rk3.post(fields, "save");

    String html = rk3.open(SAM).html();

    assertThat(html)
        .doesNotContain("<script>alert(1)</script>")
        .doesNotContain("\" onmouseover=\"x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("onmouseover=&#34;x")
        .contains("مساعد في المستودع 🚚");
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }
}
