package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The main job in a real browser, inside the sandbox course page, over real LTI 1.3 messages:
 * headless Chromium with third-party cookies blocked, the course page on {@code 127.0.0.1} framing
 * the tool on {@code localhost} (cross-site, as an LMS does). The tool is the built uber jar in its
 * own process ({@link ToolProcess}), so that its base URL names its real port. Every page is
 * checked with axe-core and photographed at 360 and 1280 px under {@code target/screenshots/}; the
 * coach's group overview and participant page also at 768 px (a tablet).
 *
 * <p>The main job is one test, because each step needs the one before: the participant hands in
 * RK3, the coach returns it with feedback ({@link CoachJourney}), the participant revises it, the
 * coach approves it, and the gradebook shows the score.
 */
class BrowserJourneyIT {

  static final String RK3_LINK = "sandbox-link-3";
  static final String AMINA = "sandbox-amina";
  static final String COACH = "sandbox-coach";

  /** The outbox sends every 30 s; a score may wait for the next round. */
  static final Duration GRADEBOOK_WAIT = Duration.ofSeconds(100);

  private static final By CARD_FORM = By.name("f.wensberoep");

  private static ToolProcess tool;
  private WebDriver driver;

  @BeforeAll
  static void startTheTool() {
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(
          HeadlessChromium.installed(), "chromium and chromedriver are not installed");
    }
    tool = ToolProcess.start();
  }

  @AfterAll
  static void stopTheTool() {
    if (tool != null) {
      tool.close();
    }
  }

  private SandboxCourse givenTheSandboxCourseInChromium() {
    driver = HeadlessChromium.start();
    return new SandboxCourse(driver, tool.courseUrl(), new AxeCheck());
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void rk3GoesFromDraftToFullyGradedInTheSandboxGradebook() {
    SandboxCourse course = givenTheSandboxCourseInChromium();
    participantSubmitsRk3(course);

    CoachJourney.coachSeesRk3InTheOverview(course);
    CoachJourney.coachReturnsRk3(course);
    CoachJourney.participantRevisesRk3(course);
    CoachJourney.coachApprovesRk3(course);

    String row =
        course.awaitGradebookRow(
            GRADEBOOK_WAIT, "Amina Yusuf", "Completed", "FullyGraded", CoachJourney.EXPECTED_SCORE);
    assertThat(row).contains("RK3");
    course.check("30-gradebook-graded", "gradebook");
  }

  @Test
  void deepLinkingAddsACardToTheSandboxCourse() {
    coachAddsRk5(givenTheSandboxCourseInChromium());
  }

  /** The participant's first part of the main job: draft, relaunch, hand in. */
  static void participantSubmitsRk3(SandboxCourse course) {
    course.open().check("01-course");

    course.launch(RK3_LINK, AMINA, CARD_FORM).check("02-card-new");
    course
        .fill("f.wensberoep", "Monteur zonnepanelen")
        .fill("f.taken", "Ik begin om 7 uur. Ik draag panelen naar het dak met mijn collega.")
        .press("save", By.cssSelector("[role='status'], .notice"))
        .check("03-draft-saved");
    assertThat(course.text()).contains("Opgeslagen.");

    course.open().launch(RK3_LINK, AMINA, CARD_FORM).check("04-draft-after-relaunch");
    assertThat(course.value("f.wensberoep")).isEqualTo("Monteur zonnepanelen");

    completeRk3(course);
    course.press("submit", By.cssSelector(".notice, [role='status']")).check("05-submitted");
    assertThat(course.text()).contains("Ingeleverd.");

    String row =
        course.awaitGradebookRow(GRADEBOOK_WAIT, "Amina Yusuf", "Submitted", "PendingManual");
    assertThat(row).contains("RK3");
    course.check("06-gradebook-submitted", "gradebook");
  }

  static void coachAddsRk5(SandboxCourse course) {
    By rk5 = By.cssSelector("input[name='item'][value='RK5']");

    course.addContent(rk5).check("10-deep-link-picker");
    course.click(rk5, rk5);
    course.click(
        By.cssSelector("form[action='/app/deep-link'] button[type='submit']"),
        By.id("added-links"));
    course.check("11-deep-link-added");
    assertThat(course.text()).contains("RK5");

    course.open().check("12-course-with-new-card");
    assertThat(course.text()).contains("RK5");
    assertThat(
            course.has(
                By.xpath(
                    "//li[contains(@class,'card')][.//h3[contains(.,'RK5')]]"
                        + "//a[@data-person='"
                        + AMINA
                        + "']")))
        .isTrue();
  }

  private static void completeRk3(SandboxCourse course) {
    while (!course.has(By.name("f.eisen.1.eis"))) {
      course.press("add:eisen", By.name("f.eisen.0.eis"));
    }
    course
        .fill("f.sector", "techniek")
        .fill("f.betaald", "ja")
        .fill("f.eisen.0.eis", "VCA-certificaat")
        .fill("f.eisen.0.heb-ik", "nee")
        .fill("f.eisen.1.eis", "Rijbewijs B")
        .fill("f.eisen.1.heb-ik", "ja")
        .fill("f.waarom", "Ik werk graag buiten en ik ben handig.")
        .fill("f.plan-b", "Hulp in een magazijn van een installatiebedrijf")
        .fill("f.zeker", "4");
  }
}
