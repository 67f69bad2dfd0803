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
 * coach's group overview and participant page also at 768 px (a tablet). The participant's pages
 * are also checked for what a screen reader needs, and RK3 is first saved with the keyboard only,
 * at 1280 and at 360 px, and handed in with a warning that must take the focus ({@link
 * KeyboardJourney}).
 *
 * <p>The main job is one test, because each step needs the one before: the participant hands in
 * RK3, the coach returns it with feedback ({@link CoachJourney}), the participant revises it, the
 * coach approves it, and the gradebook shows the score.
 */
class BrowserJourneyIT {

  static final String OVERVIEW_LINK = "sandbox-link-1";
  static final String MODULE_M3_LINK = "sandbox-link-2";
  static final String RK3_LINK = "sandbox-link-3";
  static final String AMINA = "sandbox-amina";
  static final String COACH = "sandbox-coach";

  /** The outbox sends every 30 s; a score may wait for the next round. */
  static final Duration GRADEBOOK_WAIT = Duration.ofSeconds(100);

  private static final By CARD_FORM = By.name("f.wensberoep");
  private static final String PLAN_B = "Hulp in een magazijn van een installatiebedrijf";

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
  void participantReadsModuleM3AndMarksAStepDone() {
    SandboxCourse course = givenTheSandboxCourseInChromium();
    By firstStep = By.cssSelector("form[action$='/steps/drie-beroepen']");
    By firstStepDone = By.cssSelector("form[action$='/steps/drie-beroepen'] .done");

    course.launch(MODULE_M3_LINK, AMINA, By.cssSelector("ol.steps"));
    course.checkForScreenReaders("07-module-m3");
    assertThat(course.has(firstStepDone)).isFalse();

    course.click(By.cssSelector("form[action$='/steps/drie-beroepen'] button"), firstStepDone);
    course.checkForScreenReaders("08-module-step-done");
    assertThat(course.text(firstStep))
        .contains("Klaar.")
        .contains("Nog niet klaar: Bekijk drie beroepen");
    assertThat(course.keyboard().tab().isButton("Nog niet klaar: Bekijk drie beroepen"))
        .as("the next Tab after marking goes on from the step, not from the top")
        .isTrue();

    course.launch(OVERVIEW_LINK, AMINA, By.cssSelector("ol.modules"));
    course.checkForScreenReaders("09-module-overview");
    assertThat(course.text(By.xpath("//ol[@class='modules']/li[.//a[starts-with(.,'M3 ')]]")))
        .contains("Stappen klaar: 1 van 5");
  }

  @Test
  void deepLinkingAddsACardToTheSandboxCourse() {
    coachAddsRk5(givenTheSandboxCourseInChromium());
  }

  /** The participant's first part of the main job: draft, relaunch, hand in. */
  static void participantSubmitsRk3(SandboxCourse course) {
    course.open().check("01-course");

    course.launch(RK3_LINK, AMINA, CARD_FORM).checkForScreenReaders("02-card-new");
    KeyboardJourney.participantSavesRk3ByKeyboard(course);
    course.checkForScreenReaders("03-draft-saved");
    assertThat(course.text()).contains("Opgeslagen.");

    course.open().launch(RK3_LINK, AMINA, CARD_FORM).check("04-draft-after-relaunch");
    assertThat(course.value("f.wensberoep")).isEqualTo(KeyboardJourney.WENSBEROEP);
    assertThat(course.value("f.taken")).isEqualTo(KeyboardJourney.TAKEN);

    course.atWidth(Screenshots.PHONE).open().launch(RK3_LINK, AMINA, CARD_FORM);
    KeyboardJourney.participantSavesRk3ByKeyboardOnThePhone(course);
    course.atWidth(Screenshots.LAPTOP);

    completeRk3(course);
    // A non-answer only warns: the card is not handed in until she confirms or changes it.
    course.fill("f.plan-b", "weet ik niet").press("submit", By.id("warning-summary"));
    KeyboardJourney.warningSummaryHasTheFocus(course);
    course.check("04b-warning-before-hand-in");
    KeyboardJourney.confirmationFollowsTheWarnings(course);
    assertThat(course.text()).doesNotContain("Ingeleverd.");

    course.fill("f.plan-b", PLAN_B);
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
        .fill("f.plan-b", PLAN_B)
        .fill("f.zeker", "4");
  }
}
