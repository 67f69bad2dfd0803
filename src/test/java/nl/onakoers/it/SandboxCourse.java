package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox course page in a real browser, and the tool framed in it: what a person does there
 * (open a link as someone, fill in the card, add content) as small steps. Each step that shows a
 * new page takes screenshots at both widths (the coach's overview pages at a tablet width too) and
 * checks the page with axe-core.
 */
final class SandboxCourse {

  static final Duration PAGE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final String courseUrl;
  private final Screenshots screenshots;
  private final AxeCheck axe;
  private boolean inTool;

  SandboxCourse(WebDriver driver, String courseUrl, AxeCheck axe) {
    this.driver = driver;
    this.courseUrl = courseUrl;
    this.screenshots = new Screenshots(driver);
    this.axe = axe;
  }

  /** Opens (or reloads) the course page. */
  SandboxCourse open() {
    driver.switchTo().defaultContent();
    inTool = false;
    driver.get(courseUrl);
    waitFor(By.id("activities"));
    return this;
  }

  /**
   * Clicks "open as …" for a link and waits until the tool's page in the frame shows the element.
   */
  SandboxCourse launch(String linkId, String personId, By expected) {
    open();
    driver
        .findElement(
            By.cssSelector("a.launch[data-link='" + linkId + "'][data-person='" + personId + "']"))
        .click();
    return intoTool(expected);
  }

  /** Clicks the deep-linking button and waits for the tool's picker. */
  SandboxCourse addContent(By expected) {
    open();
    driver.findElement(By.id("deep-link")).click();
    return intoTool(expected);
  }

  private SandboxCourse intoTool(By expected) {
    new WebDriverWait(driver, PAGE)
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    inTool = true;
    waitFor(expected);
    return this;
  }

  /** Types into a text field, or picks a radio button, check box or option, by field name. */
  SandboxCourse fill(String name, String value) {
    List<WebElement> inputs = driver.findElements(By.name(name));
    assertThat(inputs).as("field " + name).isNotEmpty();
    WebElement first = inputs.get(0);
    String type = String.valueOf(first.getAttribute("type"));
    if (first.getTagName().equals("select")) {
      new Select(first).selectByValue(value);
    } else if (type.equals("radio") || type.equals("checkbox")) {
      inputs.stream()
          .filter(i -> value.equals(i.getAttribute("value")))
          .findFirst()
          .orElseThrow(() -> new AssertionError(name + " has no option " + value))
          .click();
    } else {
      first.clear();
      first.sendKeys(value);
    }
    return this;
  }

  /**
   * Presses Tab on the course page, from where the focus is, until the focus goes into the tool's
   * frame (at most {@code maxStops} times), and stays in the frame.
   */
  Keyboard tabIntoTool(int maxStops) {
    driver.switchTo().defaultContent();
    Keyboard keyboard = new Keyboard(driver);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String inFrame = "return document.activeElement === document.getElementById('tool-frame')";
    for (int stop = 0; !Boolean.TRUE.equals(js.executeScript(inFrame)); stop++) {
      assertThat(stop).as("Tab stops on the course page before the tool").isLessThan(maxStops);
      keyboard.tab();
    }
    driver.switchTo().frame("tool");
    return keyboard;
  }

  /** Sets the window to the width (as a phone, 360 px); check() leaves it at 1280 again. */
  SandboxCourse atWidth(int width) {
    screenshots.resize(width);
    return this;
  }

  /** The keyboard, on the document in view (tool or course). */
  Keyboard keyboard() {
    return new Keyboard(driver);
  }

  /** Does a key press that leaves the page, and waits for the element on the next page. */
  SandboxCourse pressKey(Runnable keyPress, By expected) {
    ((JavascriptExecutor) driver).executeScript("window.sandboxOldPage = true;");
    keyPress.run();
    awaitNewPage();
    waitFor(expected);
    return this;
  }

  /** Waits until the element shows the text (as a script on the page may put it there). */
  SandboxCourse awaitText(By element, String text) {
    new WebDriverWait(driver, PAGE)
        .withMessage(
            () ->
                "text '"
                    + text
                    + "' in "
                    + element
                    + "; shown: "
                    + driver.findElements(element).stream()
                        .map(e -> "'" + e.getAttribute("textContent") + "'")
                        .toList())
        .until(d -> d.findElements(element).stream().anyMatch(e -> e.getText().equals(text)));
    return this;
  }

  /** Clicks a form button by its {@code value} and waits for the element on the next page. */
  SandboxCourse press(String buttonValue, By expected) {
    return click(By.cssSelector("button[value='" + buttonValue + "']"), expected);
  }

  SandboxCourse click(By button, By expected) {
    WebElement element = driver.findElement(button);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("arguments[0].scrollIntoView(); window.sandboxOldPage = true;", element);
    boolean staysOnPage = isChoice(element);
    element.click();
    if (!staysOnPage) {
      awaitNewPage();
    }
    waitFor(expected);
    return this;
  }

  /**
   * Waits until the page that was marked before the click is gone. A frame that navigates to
   * another site is swapped for a new one by Chromium's site isolation, so the frame is looked up
   * afresh on every try instead of watching an element of the old page go stale.
   */
  private void awaitNewPage() {
    new WebDriverWait(driver, PAGE)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              enterToolIfInIt(d);
              return ((JavascriptExecutor) d)
                  .executeScript("return window.sandboxOldPage !== true && document.readyState");
            });
  }

  private void enterToolIfInIt(WebDriver d) {
    if (inTool) {
      d.switchTo().defaultContent();
      d.switchTo().frame("tool");
    }
  }

  private static boolean isChoice(WebElement element) {
    String type = String.valueOf(element.getAttribute("type"));
    return type.equals("radio") || type.equals("checkbox");
  }

  boolean has(By element) {
    return !driver.findElements(element).isEmpty();
  }

  String value(String name) {
    return driver.findElement(By.name(name)).getAttribute("value");
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String text(By element) {
    return driver.findElement(element).getText();
  }

  /**
   * The text of a table cell: the row whose header cell contains {@code rowName}, the column whose
   * header reads {@code column}.
   */
  String cell(By table, String rowName, String column) {
    WebElement found = driver.findElement(table);
    List<String> headers =
        found.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
    int index = headers.indexOf(column);
    assertThat(index).as("column " + column + " in " + headers).isNotNegative();
    WebElement row =
        found.findElements(By.cssSelector("tbody tr")).stream()
            .filter(r -> r.findElement(By.tagName("th")).getText().contains(rowName))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + rowName + " in\n" + found.getText()));
    return row.findElements(By.xpath("./th|./td")).get(index).getText();
  }

  /** Reloads the course page until the gradebook has a row with all the texts, or fails. */
  String awaitGradebookRow(Duration timeout, String... texts) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      open();
      for (WebElement row : driver.findElements(By.cssSelector("#gradebook-table tbody tr"))) {
        String line = row.getText();
        if (List.of(texts).stream().allMatch(line::contains)) {
          return line;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "No gradebook row with " + List.of(texts) + " within " + timeout + ":\n" + text());
      }
      sleep(Duration.ofSeconds(3));
    }
  }

  /**
   * Screenshots at 360 and 1280 px of this step (and of the whole framed page when in the tool),
   * then axe on the page in view (tool or course).
   */
  SandboxCourse check(String step) {
    return check(step, focus());
  }

  /** As {@link #check(String)}, with the element to scroll into view for the screenshots. */
  SandboxCourse check(String step, String focus) {
    photograph(step, focus, Screenshots.PHONE_AND_LAPTOP);
    assertNoViolations(step);
    return this;
  }

  /**
   * As {@link #check(String)} for a participant's page in the tool, and the structure a screen
   * reader user needs ({@link ScreenReaderStructure}).
   */
  SandboxCourse checkForScreenReaders(String step) {
    check(step);
    assertThat(inTool).as("in the tool on step " + step).isTrue();
    assertThat(ScreenReaderStructure.problems(driver))
        .as("structure for screen readers on step " + step)
        .isEmpty();
    return this;
  }

  /**
   * As {@link #check(String)}, and at a tablet width (768 px) as well: screenshots, and axe once
   * more at that width, where the layout differs. Only for the pages a coach reads on a tablet,
   * because every extra width costs seconds.
   */
  SandboxCourse checkOnTablet(String step) {
    photograph(step, focus(), Screenshots.WITH_TABLET);
    assertNoViolations(step);
    screenshots.resize(Screenshots.TABLET);
    try {
      assertNoViolations(step + " at " + Screenshots.TABLET + " px");
    } finally {
      screenshots.resize(Screenshots.LAPTOP);
    }
    return this;
  }

  private String focus() {
    return inTool ? "tool-frame" : "main";
  }

  /** Leaves the driver where it was (tool or course), the window at 1280 px. */
  private void photograph(String step, String focus, int... widths) {
    boolean wasInTool = inTool;
    driver.switchTo().defaultContent();
    screenshots.take(
        step,
        () ->
            ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", focus),
        widths);
    if (wasInTool) {
      screenshots.takeFrame(step, "tool-frame", widths);
      driver.switchTo().frame("tool");
    }
  }

  private void assertNoViolations(String step) {
    String violations = axe.violations(driver);
    assertThat(violations).as("axe-core WCAG 2.1 AA violations on step " + step).isEmpty();
  }

  /** Waits for the element; in the tool, the frame is looked up afresh on every try. */
  private void waitFor(By element) {
    new WebDriverWait(driver, PAGE)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              enterToolIfInIt(d);
              return !d.findElements(element).isEmpty();
            });
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
