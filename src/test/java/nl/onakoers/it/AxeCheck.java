package nl.onakoers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package, fetched into {@code target/axe} by the build) in the page or
 * frame the driver is on, limited to WCAG 2.1 A and AA rules, and returns the violations as text.
 */
final class AxeCheck {

  static final Path SCRIPT =
      Path.of(System.getProperty("ona.axe", "target/axe/node_modules/axe-core/axe.min.js"));

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        iframes: false
      }).then(function (r) {
        done(r.violations.map(function (v) {
          return v.id + ' (' + v.impact + '): ' + v.help + '\\n    ' + v.nodes.map(function (n) {
            return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\n/g, ' ');
          }).join('\\n    ');
        }).join('\\n'));
      }).catch(function (e) { done('axe failed: ' + e); });
      """;

  private final String source;

  AxeCheck() {
    try {
      source = Files.readString(SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core not found; run the build (npm install)", e);
    }
  }

  /** The violations on the current document, one per line group; empty when there are none. */
  String violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(source);
    Object result = js.executeAsyncScript(RUN);
    return result == null ? "" : result.toString();
  }
}
