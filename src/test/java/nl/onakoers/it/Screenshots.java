package nl.onakoers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

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

  private void save(String file) {
    try {
      Files.createDirectories(FOLDER);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, FOLDER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
