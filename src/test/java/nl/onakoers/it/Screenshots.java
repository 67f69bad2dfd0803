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

/** Saves each step of a journey at a phone width (360 px) and a laptop width (1280 px). */
final class Screenshots {

  static final Path FOLDER = Path.of("target", "screenshots");
  static final int PHONE = 360;
  static final int LAPTOP = 1280;

  private final WebDriver driver;

  Screenshots(WebDriver driver) {
    this.driver = driver;
  }

  /** Takes {@code <name>-360.png} and {@code <name>-1280.png}; leaves the window at 1280. */
  void take(String name, Runnable scrollToFocus) {
    for (int width : new int[] {PHONE, LAPTOP}) {
      driver.manage().window().setSize(new Dimension(width, 900));
      scrollToFocus.run();
      save(name + "-" + width + ".png");
    }
  }

  /**
   * Takes {@code <name>-tool-360.png} and {@code -1280.png}: the whole page in the frame, with the
   * frame stretched to the height of its page, so that what lies below the fold is seen too. Leaves
   * the driver on the top page, the window at 1280.
   */
  void takeFrame(String name, String frameId) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (int width : new int[] {PHONE, LAPTOP}) {
      driver.manage().window().setSize(new Dimension(width, 900));
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
    driver.manage().window().setSize(new Dimension(LAPTOP, 900));
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
