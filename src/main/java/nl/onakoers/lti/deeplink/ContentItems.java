package nl.onakoers.lti.deeplink;

import java.util.Map;
import java.util.Optional;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.ona.content.Text;

/**
 * The content items the tool offers for deep linking: each module (M1–M9) as an ungraded link and
 * each result card (RK1-RK9) as a graded link whose line item has the card's rubric maximum. Titles
 * are in the language of the person who picks them, because they become the activity's name in the
 * course.
 *
 * <p>Stateless and thread safe.
 */
public final class ContentItems {

  /** The {@code tag} of every line item the tool asks for, so its columns can be found again. */
  public static final String LINE_ITEM_TAG = "resultaatkaart";

  public static final String CUSTOM_MODULE = "module";
  public static final String CUSTOM_CARD = "card";

  private static final Text MODULE_WORD = new Text("Module", "Module");
  private static final Text CARD_WORD = new Text("Resultaatkaart", "Result card");

  private ContentItems() {}

  /** A link that opens the module. */
  public static ContentItem module(Module module, String language) {
    String title =
        MODULE_WORD.in(language) + " " + module.id() + ": " + module.title().in(language);
    return new ContentItem(
        title, module.purpose().in(language), Map.of(CUSTOM_MODULE, module.id()), Optional.empty());
  }

  /** A graded link that opens the module's result card. */
  public static ContentItem card(Module module, String language) {
    ResultCard card = module.card();
    String title = CARD_WORD.in(language) + " " + card.id() + ": " + card.title().in(language);
    ContentItem.LineItem lineItem =
        new ContentItem.LineItem(card.rubric().maximumScore(), title, card.id(), LINE_ITEM_TAG);
    return new ContentItem(
        title, card.intro().in(language), Map.of(CUSTOM_CARD, card.id()), Optional.of(lineItem));
  }

  /**
   * The item for a module id (M1–M9) or card id (RK1–RK9), as the picker posts them.
   *
   * @param id may be null; then, like any unknown id, the result is empty
   */
  public static Optional<ContentItem> byId(ContentCatalog catalog, String id, String language) {
    if (id == null) {
      return Optional.empty();
    }
    Optional<Module> module = catalog.module(id);
    if (module.isPresent()) {
      return Optional.of(module(module.get(), language));
    }
    return catalog.moduleOfCard(id).map(m -> card(m, language));
  }
}
