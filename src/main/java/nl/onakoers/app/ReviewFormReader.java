package nl.onakoers.app;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.ona.content.RubricCriterion;
import nl.onakoers.ona.review.ReviewForm;

/**
 * Reads the review form: {@code version}, {@code level.<criterion>} (0–3), {@code check.<i>}
 * ({@code yes}), {@code feedback} and {@code feedback.<field>}. Only the card's own criteria and
 * fields are read; anything else in the form is ignored. Feedback is cut at {@link #MAX_FEEDBACK}.
 */
final class ReviewFormReader {

  static final int MAX_FEEDBACK = 5000;

  private ReviewFormReader() {}

  static ReviewForm read(ResultCard card, MultivaluedMap<String, String> form) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (RubricCriterion criterion : card.rubric().criteria()) {
      String value = form.getFirst("level." + criterion.id());
      if (value != null && value.matches("[0-3]")) {
        levels.put(criterion.id(), Integer.parseInt(value));
      }
    }
    List<Boolean> checks = new ArrayList<>();
    for (int i = 0; i < card.rubric().checks().size(); i++) {
      checks.add("yes".equals(form.getFirst("check." + i)));
    }
    Map<String, String> fieldFeedback = new LinkedHashMap<>();
    for (CardField field : card.fields()) {
      String text = text(form.getFirst("feedback." + field.id()));
      if (!text.isBlank()) {
        fieldFeedback.put(field.id(), text);
      }
    }
    return new ReviewForm(
        version(form.getFirst("version")),
        levels,
        checks,
        text(form.getFirst("feedback")),
        fieldFeedback);
  }

  /** The form with a prompt added to one feedback box ({@code feedback} or a field's). */
  static ReviewForm withPrompt(ReviewForm form, String target, String prompt, ResultCard card) {
    if ("feedback".equals(target)) {
      return new ReviewForm(
          form.cardVersion(),
          form.levels(),
          form.checks(),
          append(form.overall(), prompt),
          form.fieldFeedback());
    }
    String fieldId = target == null ? "" : target.replaceFirst("^feedback\\.", "");
    if (card.field(fieldId).isEmpty()) {
      return form;
    }
    Map<String, String> fields = new LinkedHashMap<>(form.fieldFeedback());
    fields.put(fieldId, append(fields.getOrDefault(fieldId, ""), prompt));
    return new ReviewForm(form.cardVersion(), form.levels(), form.checks(), form.overall(), fields);
  }

  private static String append(String text, String prompt) {
    return text.isBlank() ? prompt : text.strip() + "\n" + prompt;
  }

  private static String text(String value) {
    if (value == null) {
      return "";
    }
    String text = value.replace("\r\n", "\n").strip();
    return text.length() > MAX_FEEDBACK ? text.substring(0, MAX_FEEDBACK) : text;
  }

  private static long version(String text) {
    try {
      return text == null ? -1 : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
