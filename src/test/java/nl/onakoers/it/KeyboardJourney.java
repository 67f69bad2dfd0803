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
 * saves with Enter, after which the focus is on the "saved" notice. She does it again on her phone
 * (360 px) on the saved draft. Every element that gets the focus must be visible with a focus
 * outline, and the fields must get it in the order they are shown, top to bottom. When a hand-in is
 * held back by a warning, the focus is on the warning summary and Tab goes on to the confirmation.
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
  private static final long PHONE = Screenshots.PHONE;
  private static final String WARNING_SUMMARY = "warning-summary";

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
    journey.saveWithEnter(course);
  }

  /**
   * On a phone, right after a launch of the saved draft of RK3: the same way through the form to
   * Opslaan, without typing, and the same checks at every stop.
   */
  static void participantSavesRk3ByKeyboardOnThePhone(SandboxCourse course) {
    KeyboardJourney journey = new KeyboardJourney(course.tabIntoTool(MAX_STOPS));
    assertThat(journey.keys.viewportWidth()).as("width of the tool").isLessThanOrEqualTo(PHONE);
    journey.skipToTheContent();
    journey.tabTo(f -> f.name().startsWith("f."));
    assertThat(journey.stops.getLast())
        .as("first field, after " + journey.stops)
        .returns("f.wensberoep", Focused::name)
        .returns(WENSBEROEP, Focused::value);
    journey.tabTo(f -> f.isButton("Opslaan"));
    journey.saveWithEnter(course);
  }

  /** Right after a hand-in that a warning held back, the warning summary has the focus. */
  static void warningSummaryHasTheFocus(SandboxCourse course) {
    Keyboard keys = course.keyboard();
    Focused summary = keys.focused();
    assertThat(summary).as("focus after a hand-in with a warning").isNotNull();
    assertThat(summary.id()).as("focus after a hand-in with a warning").isEqualTo(WARNING_SUMMARY);
    assertThat(summary.visiblyFocused()).as("focused " + summary + " is outlined").isTrue();
  }

  /** From the focused warning summary, Tab goes over its links to the confirmation, then on. */
  static void confirmationFollowsTheWarnings(SandboxCourse course) {
    Keyboard keys = course.keyboard();
    assertThat(keys.focused().id()).as("focus before the Tab").isEqualTo(WARNING_SUMMARY);
    List<String> links = new ArrayList<>();
    Focused next = keys.tab();
    while (next != null && next.tag().equals("a") && links.size() < MAX_STOPS) {
      links.add(next.href());
      next = keys.tab();
    }
    assertThat(links).as("links in the warning summary").contains("#f-plan-b");
    assertThat(next)
        .as("Tab after the warnings")
        .returns("checkbox", Focused::type)
        .returns("confirm", Focused::name);
    assertThat(next.visiblyFocused()).as("focused " + next + " is outlined").isTrue();
    assertThat(keys.tab().isButton("Inleveren")).as("Tab after the confirmation").isTrue();
  }

  private void saveWithEnter(SandboxCourse course) {
    course.pressKey(keys::enter, SAVED_NOTICE);
    assertThat(keys.focused())
        .as("focus after saving")
        .returns("card-notice", Focused::id)
        .returns("Opgeslagen.", Focused::text);
  }

  private void skipToTheContent() {
    Focused first = keys.focused();
    assertThat(first).as("first stop in the tool").isNotNull();
    assertThat(first.href()).as("first stop in the tool: " + first).isEqualTo("#main");
    assertThat(first.visiblyFocused()).as("skip link is shown when it has the focus").isTrue();
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
      assertThat(now.visiblyFocused()).as("focused " + now + " is visible, outlined").isTrue();
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
