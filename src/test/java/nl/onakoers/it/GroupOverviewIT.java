package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
 * The coach's group overview on Payara Micro: the stand-in platform serves a token endpoint and an
 * NRPS roster; a learner submits RK3; the coach's launch leads to the overview, which lists the
 * roster-only member and the submitted card. A learner, and a coach of another platform with the
 * same course id, get nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupOverviewIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Person SAM = Person.learner("user-42", "Sam Student");
  private static final Person NOOR = Person.learner("user-44", "Noor Roster");
  private static final Person COACH = Person.coach("coach-1", "Carla Coach");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"(s|version)\" value=\"([^\"]*)\"");
  private static final Pattern OVERVIEW_LINK =
      Pattern.compile("href=\"(/app/overview\\?s=[^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private StandInPlatform platform;
  private StandInPlatform otherPlatform;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @AfterEach
  void stopPlatforms() {
    if (platform != null) {
      platform.close();
    }
    if (otherPlatform != null) {
      otherPlatform.close();
    }
  }

  @Test
  void coachSeesTheRosterOnlyMemberAndTheSubmittedCard() throws Exception {
    platform = new StandInPlatform(tool(), TOOL, ADMIN_TOKEN);
    platform.roster(List.of(SAM, NOOR, COACH));
    String samsToken = submitRk3(platform, SAM);

    HttpResponse<String> home = get(platform.launch(COACH, Map.of()));
    assertThat(home.statusCode()).as("coach home: " + home.body()).isEqualTo(200);
    Matcher link = OVERVIEW_LINK.matcher(home.body());
    assertThat(link.find()).as("overview link on the coach's home page").isTrue();
    String overviewPath = link.group(1).replace("&amp;", "&");
    HttpResponse<String> overview = get(tool().resolve(overviewPath.substring(1)));

    assertThat(overview.statusCode()).as("overview: " + overview.body()).isEqualTo(200);
    String html = overview.body();
    assertThat(html).contains("Groepsoverzicht").doesNotContain("class=\"notice\"");
    assertThat(row(html, "Noor Roster")).contains("Nog niet begonnen").doesNotContain("Ingediend");
    // The stand-in launch names a line item, so the hand-in queued a grade: the cell says where
    // it is (waiting, or in the LMS once the outbox ran).
    assertThat(row(html, "Sam Student"))
        .contains("<td class=\"cell status-ingediend\"><a")
        .containsPattern("href=\"/app/c/cards/RK3\\?s=[^\"]+\">Ingediend</a><span")
        .containsPattern("class=\"grade\">Cijfer (wacht op verzending|staat in de LMS)");
    assertThat(html).doesNotContain("Carla Coach</a>");
    assertThat(platform.rosterCalls()).isEqualTo(1);

    String token = overviewPath.substring(overviewPath.indexOf("s=") + 2);
    HttpResponse<String> sam =
        get(tool().resolve("app/overview/participant?s=" + token + "&user=" + SAM.subject()));
    assertThat(sam.statusCode()).isEqualTo(200);
    assertThat(sam.body()).contains("Monteur zonnepanelen").contains("<h1>Sam Student</h1>");
    assertThat(
            get(tool().resolve("app/overview/participant?s=" + token + "&user=nobody"))
                .statusCode())
        .as("a user outside the course")
        .isEqualTo(404);

    HttpResponse<String> asLearner = get(tool().resolve("app/overview?s=" + samsToken));
    assertThat(asLearner.statusCode()).as("a learner's session").isEqualTo(403);
    assertThat(asLearner.body()).contains("COACH-ONLY").doesNotContain("Noor Roster");
    assertThat(get(tool().resolve("app/overview?s=not-a-session")).statusCode()).isEqualTo(401);
  }

  @Test
  void anotherPlatformsCoachWithTheSameCourseIdSeesNothingAndAFailedRosterDegrades()
      throws Exception {
    platform = new StandInPlatform(tool(), TOOL, ADMIN_TOKEN);
    platform.roster(List.of(SAM, COACH));
    submitRk3(platform, SAM);
    otherPlatform = new StandInPlatform(tool(), TOOL, ADMIN_TOKEN);
    otherPlatform.failRoster();

    String token = sessionOf(otherPlatform.launch(COACH, Map.of()));
    HttpResponse<String> overview = get(tool().resolve("app/overview?s=" + token));
    HttpResponse<String> sam =
        get(tool().resolve("app/overview/participant?s=" + token + "&user=" + SAM.subject()));

    assertThat(overview.statusCode()).as("degraded, not an error page").isEqualTo(200);
    assertThat(overview.body())
        .contains("De deelnemerslijst van je LMS is nu niet te laden.")
        .doesNotContain("Sam Student")
        .doesNotContain("status-ingediend");
    assertThat(sam.statusCode()).as("Sam on another platform").isEqualTo(404);
  }

  /** Sam opens RK3, fills every required field and submits; returns Sam's session token. */
  private String submitRk3(StandInPlatform on, Person person) throws Exception {
    HttpResponse<String> card = get(on.launch(person, Map.of("card", "RK3")));
    assertThat(card.statusCode()).as("card page").isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(card.body());
    while (hidden.find()) {
      form.put(hidden.group(1), hidden.group(2));
    }
    form.put("f.wensberoep", "Monteur zonnepanelen");
    form.put("f.taken", "Ik begin om 7 uur en draag panelen naar het dak.");
    form.put("f.sector", "techniek");
    form.put("f.betaald", "ja");
    form.put("n.eisen", "2");
    form.put("f.eisen.0.eis", "VCA-certificaat");
    form.put("f.eisen.0.heb-ik", "nee");
    form.put("f.eisen.1.eis", "Rijbewijs B");
    form.put("f.eisen.1.heb-ik", "ja");
    form.put("f.waarom", "Ik werk graag buiten en ik ben handig.");
    form.put("f.plan-b", "Hulp in een magazijn van een installatiebedrijf");
    form.put("f.zeker", "4");
    form.put("confirm", "yes");
    form.put("action", "submit");

    HttpResponse<String> submitted =
        http.send(
            HttpRequest.newBuilder(tool().resolve("app/p/cards/RK3"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(StandInPlatform.form(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(submitted.body()).as("submitted").contains("Ingeleverd.");
    return form.get("s");
  }

  private static String sessionOf(URI launched) {
    return StandInPlatform.query(launched).get("s");
  }

  private static String row(String html, String name) {
    int at = html.indexOf(">" + name + "</a>");
    assertThat(at).as(name + " in the overview").isPositive();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }
}
