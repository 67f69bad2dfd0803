package nl.onakoers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Saves each step of a journey at a phone width (360 px) and a laptop width (1280 px), and the
 * coach's overview pages at a tablet width (768 px) too.
 */
final class Screenshots {

  static final Path FOLDER = Path.of("target", "screenshots");
  static final int PHONE = 360;
  static final int TABLET = 768;
  static final int LAPTOP = 1280;
  static final int[] PHONE_AND_LAPTOP = {PHONE, LAPTOP};
  static final int[] WITH_TABLET = {PHONE, TABLET, LAPTOP};

  private final WebDriver driver;

  Screenshots(WebDriver driver) {
    this.driver = driver;
  }

  /** Takes {@code <name>-<width>.png} at each width; leaves the window at 1280. */
  void take(String name, Runnable scrollToFocus, int... widths) {
    for (int width : widths) {
      resize(width);
      scrollToFocus.run();
      save(name + "-" + width + ".png");
    }
    resize(LAPTOP);
  }

  /** Sets the window to the width, at the height every screenshot starts from. */
  void resize(int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
  }

  /**
   * Takes {@code <name>-tool-<width>.png} at each width: the whole page in the frame, with the
   * frame stretched to the height of its page, so that what lies below the fold is seen too. Leaves
   * the driver on the top page, the window at 1280.
   */
  void takeFrame(String name, String frameId, int... widths) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (int width : widths) {
      resize(width);
      driver.switchTo().frame(frameId);
      long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
      driver.switchTo().defaultContent();
      WebElement frame = driver.findElement(By.id(frameId));
      js.executeScript("arguments[0].style.height = arguments[1] + 'px'", frame, height);
      int bottom = frame.getRect().getY() + (int) height + 100;
      driver.manage().window().setSize(new Dimension(width, bottom));
      saveElement(frame, name + "-tool-" + width + ".png");
      js.executeScript("arguments[0].style.height = ''", frame);
    }
    resize(LAPTOP);
  }

  private void saveElement(WebElement element, String file) {
    copy(element.getScreenshotAs(OutputType.FILE).toPath(), file);
  }

  private void save(String file) {
    copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file);
  }

  private static void copy(Path shot, String file) {
    try {
      Files.createDirectories(FOLDER);
      Files.copy(shot, FOLDER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
