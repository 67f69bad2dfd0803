package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.onakoers.it.Keyboard.Focused;
import org.openqa.selenium.By;

/**
 * Amina fills in RK3 in the sandbox frame without a mouse: from the link she opened she tabs into
 * the tool, takes the skip link, tabs to the first field and types, goes on through the form, and
 * saves with Enter, after which the focus is on the "saved" notice. Every element that gets the
 * focus must be visible, and the fields must get it in the order they are shown, top to bottom.
 */
final class KeyboardJourney {

  static final String WENSBEROEP = "Monteur zonnepanelen";
  static final String TAKEN = "Ik begin om 7 uur. Ik draag panelen naar het dak met mijn collega.";

  /** More stops than the page has: reaching it means the focus is stuck or went elsewhere. */
  private static final int MAX_STOPS = 80;

  /** Rounding of layout positions; anything more is a stop above the one before. */
  private static final double SAME_LINE = 2;

  private static final By AUTOSAVE_STATE = By.id("autosave-state");
  private static final By SAVED_NOTICE = By.id("card-notice");

  private final Keyboard keys;
  private final List<Focused> stops = new ArrayList<>();

  private KeyboardJourney(Keyboard keys) {
    this.keys = keys;
  }

  /** Right after the launch of the new RK3 card, from the launch link that has the focus. */
  static void participantSavesRk3ByKeyboard(SandboxCourse course) {
    KeyboardJourney journey = new KeyboardJourney(course.tabIntoTool(MAX_STOPS));
    journey.skipToTheContent();
    journey.fillInTheFirstFields();
    // The autosave of the last change is done, so the Save button sends the newest version.
    course.awaitText(AUTOSAVE_STATE, "Opgeslagen");
    course.pressKey(journey.keys::enter, SAVED_NOTICE);
    assertThat(journey.keys.focused())
        .as("focus after saving")
        .returns("card-notice", Focused::id)
        .returns("Opgeslagen.", Focused::text);
  }

  private void skipToTheContent() {
    Focused first = keys.focused();
    assertThat(first).as("first stop in the tool").isNotNull();
    assertThat(first.href()).as("first stop in the tool: " + first).isEqualTo("#main");
    assertThat(first.visible()).as("skip link is shown when it has the focus").isTrue();
    assertThat(keys.enter().tag()).as("focus after the skip link").isEqualTo("main");
  }

  private void fillInTheFirstFields() {
    tabTo(f -> f.name().equals("f.wensberoep"));
    keys.type(WENSBEROEP);
    tabTo(f -> f.name().equals("f.taken"));
    keys.type(TAKEN);
    tabTo(f -> f.name().equals("f.zeker"));
    assertThat(keys.space().checked()).as("Space chooses the focused answer of f.zeker").isTrue();
    Focused previous = tabTo(f -> f.isButton("Opslaan"));
    assertThat(keys.shiftTab().sameElement(previous))
        .as("Shift+Tab goes back to " + previous)
        .isTrue();
    assertThat(keys.tab().isButton("Opslaan")).as("Tab goes on to Opslaan again").isTrue();
  }

  /** Tabs until the focus is on the element, checking every stop; returns the stop before it. */
  private Focused tabTo(Predicate<Focused> target) {
    while (true) {
      Focused before = stops.isEmpty() ? null : stops.getLast();
      Focused now = keys.tab();
      assertThat(stops.size()).as("Tab stops, so far " + stops).isLessThan(MAX_STOPS);
      assertThat(now).as("focus after " + before).isNotNull();
      assertThat(now.visible()).as("focused " + now + " is visible").isTrue();
      if (before != null && before.inCardForm() && now.inCardForm()) {
        assertThat(now.top())
            .as("focus goes down the form: " + now + " after " + before)
            .isGreaterThanOrEqualTo(before.top() - SAME_LINE);
      }
      stops.add(now);
      if (target.test(now)) {
        return before;
      }
    }
  }
}
