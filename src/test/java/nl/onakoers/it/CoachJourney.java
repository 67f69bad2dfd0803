package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.openqa.selenium.By;

/**
 * The coach's part of the main job in the sandbox course, after Amina handed in RK3: Carla sees it
 * in the group overview, returns it with feedback, Amina revises and hands it in again, Carla
 * approves it with rubric levels, and the gradebook shows the score. Each new page is checked with
 * axe-core and photographed by {@link SandboxCourse#check}; the overview pages also at a tablet
 * width, by {@link SandboxCourse#checkOnTablet}.
 */
final class CoachJourney {

  static final String OVERALL = "Goed begin. Vertel bij je taken ook wat je met klanten doet.";
  static final String ON_TASKS = "Welke taken doe je nog meer? Noem er twee.";

  /** Levels that keep a returned card below akkoord; a return needs every level too. */
  static final Map<String, String> RETURN_LEVELS = Map.of("A", "2", "B", "1", "C", "2", "D", "1");

  /** All at 2 or higher, so akkoord is allowed: 3 + 2 + 2 + 3 = 10 out of 4 × 3. */
  static final Map<String, String> APPROVE_LEVELS = Map.of("A", "3", "B", "2", "C", "2", "D", "3");

  static final String EXPECTED_SCORE = "10 / 12";

  private static final By SUBMISSIONS = By.cssSelector("table.submissions");
  private static final By MATRIX = By.cssSelector("table.group-matrix");
  private static final By REVIEW = By.id("review-form");
  private static final By NOTICE = By.cssSelector(".notice[role='status']");

  private CoachJourney() {}

  /** From the RK3 link to the group overview and Amina's own page, and back to the cards. */
  static void coachSeesRk3InTheOverview(SandboxCourse course) {
    course
        .launch(BrowserJourneyIT.RK3_LINK, BrowserJourneyIT.COACH, SUBMISSIONS)
        .check("20-coach-submissions");
    assertThat(course.cell(SUBMISSIONS, "Amina Yusuf", "Status")).isEqualTo("Ingediend");

    course.click(
        By.cssSelector(".crumbs a[href^='/app/c/cards?s=']"), By.cssSelector(".coach-cards"));
    course.check("21-coach-start");
    course.click(By.cssSelector("a.button[href^='/app/overview?s=']"), MATRIX);
    course.checkOnTablet("22-group-overview");
    // The hand-in queued Submitted/PendingManual, so the cell also says where that grade is.
    assertThat(course.cell(MATRIX, "Amina Yusuf", "RK3"))
        .startsWith("Ingediend")
        .containsPattern("Cijfer (wacht op verzending naar|staat in) de LMS");
    for (String rosterOnly : new String[] {"Pieter Jansen", "Olga Kowalski"}) {
      assertThat(course.cell(MATRIX, rosterOnly, "RK3"))
          .as(rosterOnly + " never launched, but the roster lists them")
          .isEqualTo("Nog niet begonnen");
    }
    assertThat(course.text(MATRIX)).doesNotContain("Carla de Vries");

    course.click(By.linkText("Amina Yusuf"), By.cssSelector("table.participant-cards"));
    course.checkOnTablet("23-overview-participant");
    assertThat(course.text()).contains("Monteur zonnepanelen");
  }

  /** Opens Amina's RK3 from the handed-in list and returns it with overall and field feedback. */
  static void coachReturnsRk3(SandboxCourse course) {
    openAminasReview(course);
    pickLevels(course, RETURN_LEVELS);
    course.fill("feedback", OVERALL).fill("feedback.taken", ON_TASKS).check("24-review-filled");

    course.press("return", NOTICE).check("25-returned");
    assertThat(course.text()).contains("De kaart is teruggestuurd met je feedback.");
    assertThat(course.cell(SUBMISSIONS, "Amina Yusuf", "Status")).isEqualTo("Feedback");
  }

  /** Amina finds the feedback on her card, adds what was asked and hands the card in again. */
  static void participantRevisesRk3(SandboxCourse course) {
    course
        .launch(BrowserJourneyIT.RK3_LINK, BrowserJourneyIT.AMINA, By.id("feedback-title"))
        .check("26-card-feedback");
    assertThat(course.text(By.cssSelector(".coach-feedback"))).contains(OVERALL);
    assertThat(course.text(By.cssSelector(".field-feedback"))).contains(ON_TASKS);

    course.fill(
        "f.taken",
        "Ik begin om 7 uur. Ik draag panelen naar het dak met mijn collega. "
            + "Ik leg de klant uit hoe de omvormer werkt. Ik ruim het werk op.");
    course.press("submit", NOTICE).check("27-resubmitted");
    assertThat(course.text()).contains("Ingeleverd.");
  }

  /** Carla approves the revised card with all levels at 2 or more and both global checks. */
  static void coachApprovesRk3(SandboxCourse course) {
    openAminasReview(course);
    assertThat(course.text(By.id("card-status"))).isEqualTo("Herzien");
    assertThat(course.text(By.cssSelector(".history"))).contains(OVERALL);
    pickLevels(course, APPROVE_LEVELS);
    course.fill("check.0", "yes").fill("check.1", "yes").check("28-review-approve");

    course.press("approve", NOTICE).check("29-approved");
    assertThat(course.text()).contains("De kaart heeft akkoord.");
    assertThat(course.cell(SUBMISSIONS, "Amina Yusuf", "Status")).isEqualTo("Akkoord");
  }

  private static void openAminasReview(SandboxCourse course) {
    course.launch(BrowserJourneyIT.RK3_LINK, BrowserJourneyIT.COACH, SUBMISSIONS);
    course.click(By.cssSelector("table.submissions a[href^='/app/c/reviews/']"), REVIEW);
  }

  private static void pickLevels(SandboxCourse course, Map<String, String> levels) {
    levels.forEach((criterion, level) -> course.fill("level." + criterion, level));
  }
}
