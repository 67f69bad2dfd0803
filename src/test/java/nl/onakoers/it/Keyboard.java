package nl.onakoers.it;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Key presses as a person without a mouse makes them (Tab, Shift+Tab, Space, Enter, typing), sent
 * to whatever has the focus, and what then has the focus in the document the driver is on.
 */
final class Keyboard {

  private static final String FOCUSED =
      """
      var e = document.activeElement;
      if (!e || e === document.body) { return null; }
      var r = e.getBoundingClientRect();
      var style = getComputedStyle(e);
      var text = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ');
      return { tag: e.tagName.toLowerCase(), type: e.type || '', name: e.name || '',
        id: e.id || '', text: text.substring(0, 60), href: e.getAttribute('href') || '',
        value: e.value === undefined ? '' : String(e.value), checked: e.checked === true,
        top: r.top + window.scrollY, width: r.width, height: r.height,
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        field: e.matches('input, select, textarea, button, summary') &&
          e.closest('#card-form') !== null };
      """;

  /** What has the focus: enough to say what it is, whether it is visible, and where it is. */
  record Focused(
      String tag,
      String type,
      String name,
      String id,
      String text,
      String href,
      String value,
      boolean checked,
      double top,
      double width,
      double height,
      boolean outlined,
      boolean inCardForm) {

    boolean visible() {
      return width > 0 && height > 0;
    }

    /** Shown as focused: visible, with an outline drawn around it. */
    boolean visiblyFocused() {
      return visible() && outlined;
    }

    /** The same element, whatever changed in its value or place since. */
    boolean sameElement(Focused other) {
      return other != null
          && tag.equals(other.tag)
          && type.equals(other.type)
          && name.equals(other.name)
          && id.equals(other.id)
          && text.equals(other.text);
    }

    boolean isButton(String label) {
      return tag.equals("button") && text.equals(label);
    }

    @Override
    public String toString() {
      return tag + (name.isEmpty() ? "" : " " + name) + (text.isEmpty() ? "" : " '" + text + "'");
    }
  }

  private final WebDriver driver;

  Keyboard(WebDriver driver) {
    this.driver = driver;
  }

  Focused tab() {
    return press(Keys.TAB);
  }

  Focused shiftTab() {
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    return focused();
  }

  Focused space() {
    return press(Keys.SPACE);
  }

  Focused enter() {
    return press(Keys.ENTER);
  }

  /** Types the text into the element that has the focus. */
  Focused type(String text) {
    new Actions(driver).sendKeys(text).perform();
    return focused();
  }

  private Focused press(Keys key) {
    new Actions(driver).sendKeys(key).perform();
    return focused();
  }

  /** The width of the current document's window in CSS pixels (of the frame, in the tool). */
  long viewportWidth() {
    return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth"))
        .longValue();
  }

  /** The focused element of the current document; {@code null} when nothing (the body) is. */
  Focused focused() {
    Object found = ((JavascriptExecutor) driver).executeScript(FOCUSED);
    if (!(found instanceof Map<?, ?> e)) {
      return null;
    }
    return new Focused(
        (String) e.get("tag"),
        (String) e.get("type"),
        (String) e.get("name"),
        (String) e.get("id"),
        (String) e.get("text"),
        (String) e.get("href"),
        (String) e.get("value"),
        Boolean.TRUE.equals(e.get("checked")),
        ((Number) e.get("top")).doubleValue(),
        ((Number) e.get("width")).doubleValue(),
        ((Number) e.get("height")).doubleValue(),
        Boolean.TRUE.equals(e.get("outlined")),
        Boolean.TRUE.equals(e.get("field")));
  }
}
