package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * A card from submission to akkoord over HTTP on Payara Micro: a participant hands in RK3, the
 * coach launched on the same link returns it with feedback, the participant sees the feedback and
 * hands it in again, the coach approves it with rubric levels, and the stand-in platform receives
 * the grades for the participant. Also: what a learner, a coach of another course and a coach of
 * another platform cannot reach.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachReviewIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Map<String, String> RK3 = Map.of("card", "RK3");
  private static final Person SAM = Person.learner("user-42", "Sam Student");
  private static final Person COACH = Person.coach("coach-7", "Carla Coach");
  private static final Pattern REVIEW_LINK =
      Pattern.compile("href=\"/app/c/reviews/([^\"?]+)\\?s=");
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final Duration OUTBOX_WAIT = Duration.ofSeconds(90);

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private StandInPlatform platform;
  private StandInPlatform otherPlatform;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  private void givenARegisteredPlatform() throws Exception {
    platform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
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
  void aReturnedCardIsRevisedApprovedAndGradedForTheParticipant() throws Exception {
    givenARegisteredPlatform();
    submitAsSam();

    Page list = coachPage();
    assertThat(list.html()).as("coach list").contains("Sam Student").contains("Ingediend");
    Page allCards = get("app/c/cards?s=" + list.token(), list.token());
    assertThat(allCards.html())
        .as("the start page a card link's crumb leads to")
        .contains("/app/overview?s=" + list.token())
        .contains("/app/c/cards/RK9?s=");
    String row = first(REVIEW_LINK, list.html());
    Page review = get("app/c/reviews/" + row + "?s=" + list.token(), list.token());
    assertThat(review.status()).isEqualTo(200);
    assertThat(review.html()).contains("Monteur zonnepanelen").contains("Techniek en bouw");

    Map<String, String> returning = levels(review, "2", "1", "1", "0");
    returning.put("feedback", "Wat is je plan B?");
    returning.put("feedback.plan-b", "Welke stap zet je eerst?");
    Page returned = post("app/c/reviews/" + row, returning, "return", list.token());
    assertThat(returned.status()).as("return: " + returned.html()).isEqualTo(200);
    assertThat(returned.html()).contains("teruggestuurd");

    Page samSees = samCard();
    assertThat(samSees.html())
        .contains("Feedback van je begeleider")
        .contains("Wat is je plan B?")
        .contains("Welke stap zet je eerst?")
        .contains("id=\"card-status\">Feedback<");
    Page resubmitted = submit(samSees);
    assertThat(resubmitted.html()).as("resubmitted").contains("id=\"card-status\">Herzien<");

    Page again = get("app/c/reviews/" + row + "?s=" + list.token(), list.token());
    Map<String, String> tooLow = levels(again, "3", "1", "2", "3");
    tooLow.put("check.0", "yes");
    tooLow.put("check.1", "yes");
    tooLow.put("feedback", "Goed gedaan, Sam.");
    Page refused = post("app/c/reviews/" + row, tooLow, "approve", list.token());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html())
        .contains("id=\"error-summary\"")
        .contains(">Goed gedaan, Sam.</textarea>");

    Map<String, String> good = levels(again, "3", "2", "2", "3");
    good.put("check.0", "yes");
    good.put("check.1", "yes");
    good.put("feedback", "Goed gedaan, Sam.");
    Page approved = post("app/c/reviews/" + row, good, "approve", list.token());
    assertThat(approved.status()).as("approve: " + approved.html()).isEqualTo(200);
    assertThat(approved.html()).contains("akkoord").contains("Akkoord");
    assertThat(samCard().html()).contains("id=\"card-status\">Akkoord<");

    List<String> scores = awaitScores(s -> s.contains("FullyGraded"));
    String graded = scores.get(scores.size() - 1);
    assertThat(graded)
        .contains("\"userId\":\"user-42\"")
        .contains("\"scoreGiven\":10")
        .contains("\"scoreMaximum\":12")
        .contains("\"activityProgress\":\"Completed\"")
        .contains("\"comment\":\"Goed gedaan, Sam.\"");
    assertThat(scores).noneMatch(s -> s.contains("coach-7"));
    assertThat(scores.get(0)).contains("Submitted").contains("PendingManual");
    assertThat(scores).anyMatch(s -> s.contains("\"gradingProgress\":\"Pending\""));
    assertThat(awaitCoachList("Aangekomen in het LMS")).as("delivery shown").isTrue();
  }

  @Test
  void learnersOtherCoursesAndOtherPlatformsReachNoCoachPage() throws Exception {
    givenARegisteredPlatform();
    Page sam = submitAsSam();
    Page list = coachPage();
    String row = first(REVIEW_LINK, list.html());
    Map<String, String> approve = levels(list, "3", "3", "3", "3");
    approve.put("version", "1");
    approve.put("check.0", "yes");
    approve.put("check.1", "yes");

    String samToken = sam.token();
    assertThat(get("app/c/cards?s=" + samToken, samToken).status()).isEqualTo(403);
    assertThat(get("app/c/cards/RK3?s=" + samToken, samToken).status()).isEqualTo(403);
    assertThat(get("app/c/reviews/" + row + "?s=" + samToken, samToken).status()).isEqualTo(403);
    assertThat(post("app/c/reviews/" + row, approve, "approve", samToken).status()).isEqualTo(403);
    assertThat(post("app/c/grades/" + row + "/retry", Map.of(), "", samToken).status())
        .isEqualTo(403);
    assertThat(get("app/c/reviews/" + row + "?s=nope", "nope").status()).isEqualTo(401);

    // And the other way round: a coach on a participant's page is told it is not theirs.
    String coachToken = list.token();
    Page coachOnCard = get("app/p/cards/RK3?s=" + coachToken, coachToken);
    assertThat(coachOnCard.status()).isEqualTo(403);
    assertThat(coachOnCard.html()).contains("PARTICIPANT-ONLY").contains("Alleen voor deelnemers");

    String otherCourse = token(platform.launchIn("course-2", COACH, RK3));
    Page otherList = get("app/c/cards/RK3?s=" + otherCourse, otherCourse);
    assertThat(otherList.html()).doesNotContain(row).doesNotContain("Sam Student");
    assertThat(get("app/c/reviews/" + row + "?s=" + otherCourse, otherCourse).status())
        .isEqualTo(404);
    assertThat(post("app/c/reviews/" + row, approve, "approve", otherCourse).status())
        .isEqualTo(404);

    otherPlatform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
    String otherTool = token(otherPlatform.launch(COACH, RK3));
    assertThat(get("app/c/reviews/" + row + "?s=" + otherTool, otherTool).status()).isEqualTo(404);
    assertThat(post("app/c/reviews/" + row, approve, "approve", otherTool).status()).isEqualTo(404);

    assertThat(samCard().html()).as("unchanged").contains("id=\"card-status\">Ingediend<");
  }

  private Page submitAsSam() throws Exception {
    Page submitted = submit(samCard());
    assertThat(submitted.html()).as("submitted").contains("id=\"card-status\">Ingediend<");
    return submitted;
  }

  private Page samCard() throws Exception {
    String token = token(platform.launch(SAM, RK3));
    return get("app?s=" + token, token);
  }

  private Page coachPage() throws Exception {
    String token = token(platform.launch(COACH, RK3));
    Page page = get("app?s=" + token, token);
    assertThat(page.status()).as("coach page: " + page.html()).isEqualTo(200);
    return page;
  }

  private Page submit(Page card) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", first(VERSION, card.html()));
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
    Page page = post("app/p/cards/RK3", form, "submit", card.token());
    assertThat(page.status()).as("submit: " + page.html()).isEqualTo(200);
    return page;
  }

  private static Map<String, String> levels(Page page, String a, String b, String c, String d) {
    Map<String, String> form = new LinkedHashMap<>();
    Matcher version = VERSION.matcher(page.html());
    if (version.find()) {
      form.put("version", version.group(1));
    }
    form.put("level.A", a);
    form.put("level.B", b);
    form.put("level.C", c);
    form.put("level.D", d);
    return form;
  }

  private List<String> awaitScores(java.util.function.Predicate<String> last) throws Exception {
    long deadline = System.nanoTime() + OUTBOX_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> scores = platform.scores();
      if (!scores.isEmpty() && last.test(scores.get(scores.size() - 1))) {
        return scores;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("No FullyGraded score arrived; received " + platform.scores());
  }

  /** The outbox marks a row sent just after the platform answered; wait for that moment. */
  private boolean awaitCoachList(String text) throws Exception {
    for (int i = 0; i < 20; i++) {
      if (coachPage().html().contains(text)) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private Page get(String path, String token) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(tool().resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.body(), token);
  }

  private Page post(String path, Map<String, String> fields, String action, String token)
      throws Exception {
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put("s", token);
    if (!action.isEmpty()) {
      body.put("action", action);
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(tool().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(StandInPlatform.form(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.body(), token);
  }

  private static String token(URI launched) {
    return StandInPlatform.query(launched).get("s");
  }

  private static String first(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    assertThat(m.find()).as("pattern " + pattern + " in page").isTrue();
    return m.group(1);
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }

  private record Page(int status, String html, String token) {}
}
