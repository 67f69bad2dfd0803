package nl.onakoers.it;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver ({@code apt-get install chromium chromium-driver},
 * done by {@code .ci/run}), started the way the browser tests need: third-party cookies blocked,
 * Dutch first, no downloads by Selenium Manager (both paths are given).
 */
final class HeadlessChromium {

  static final File BROWSER = new File(System.getProperty("ona.chromium", "/usr/bin/chromium"));
  static final File DRIVER =
      new File(System.getProperty("ona.chromedriver", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  static boolean installed() {
    return BROWSER.canExecute() && DRIVER.canExecute();
  }

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--lang=nl",
        "--window-size=1280,900");
    // Cookie setting 1 = "block third-party cookies", as a privacy-minded browser ships.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "profile.cookie_controls_mode",
            1,
            "profile.block_third_party_cookies",
            true,
            "intl.accept_languages",
            "nl,en"));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
