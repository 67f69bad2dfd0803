package nl.onakoers.app;

import java.util.List;
import nl.onakoers.ona.content.Module;
import nl.onakoers.web.Messages;

/**
 * What the deep-linking picker shows.
 *
 * @param t the person's language
 * @param token the session token, posted back in a hidden field
 * @param modules the modules with their cards; empty when the platform accepts no resource links
 * @param multiple checkboxes when the platform accepts several items, else radio buttons
 * @param errorKey a catalogue key of a problem with the last post, or {@code ""}
 */
public record DeepLinkPicker(
    Messages t, String token, List<Module> modules, boolean multiple, String errorKey) {

  public DeepLinkPicker {
    modules = List.copyOf(modules);
  }

  public String inputType() {
    return multiple ? "checkbox" : "radio";
  }
}
