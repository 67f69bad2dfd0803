package nl.onakoers.app;

import java.util.List;
import nl.onakoers.ona.card.CardFinding;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.ChoiceOption;
import nl.onakoers.ona.content.FieldType;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.review.Review;
import nl.onakoers.web.Messages;

/**
 * What the card template shows: the module and its card, the participant's answers, the findings
 * next to each field and one notice at the top, and the coach's latest feedback (overall and next
 * to each field) once a coach reviewed the card. Every value is plain text; the template escapes
 * it.
 */
public record CardPage(
    Messages t,
    String token,
    Module module,
    ParticipantCard card,
    List<CardFinding> findings,
    String notice,
    Review review) {

  /** A page without coach feedback. */
  public CardPage(
      Messages t,
      String token,
      Module module,
      ParticipantCard card,
      List<CardFinding> findings,
      String notice) {
    this(t, token, module, card, findings, notice, null);
  }

  /** Whether the coach's feedback is shown: after a review, while the card is not a draft. */
  public boolean hasFeedback() {
    return review != null && card.status() != nl.onakoers.ona.card.CardStatus.CONCEPT;
  }

  /** The coach's overall feedback, or the empty string. */
  public String overallFeedback() {
    return hasFeedback() ? review.overall() : "";
  }

  /** The coach's feedback on one field, or the empty string. */
  public String feedbackOn(String fieldId) {
    return hasFeedback() ? review.feedbackOn(fieldId) : "";
  }

  public String lang() {
    return t.language();
  }

  /** Whether the participant may still change the answers; otherwise the form is read-only. */
  public boolean editable() {
    return card.status().editable();
  }

  /**
   * Whether a field is a group of inputs (check boxes, a scale, a list of entries): shown as a
   * fieldset with a legend, where a single input gets a label.
   */
  public boolean group(CardField field) {
    return field.type() == FieldType.MULTI
        || field.type() == FieldType.SCALE
        || field.type() == FieldType.LIST;
  }

  /** The ids that describe an input: its hint, its messages and the coach's feedback if any. */
  public String describedBy(String id, String key, boolean hint) {
    List<String> ids = new java.util.ArrayList<>();
    if (hint) {
      ids.add(id + "-hint");
    }
    if (!messages(key).isEmpty()) {
      ids.add(id + "-error");
    }
    if (!feedbackOn(key).isEmpty()) {
      ids.add(id + "-feedback");
    }
    return String.join(" ", ids);
  }

  public String value(String key) {
    return card.answers().value(key);
  }

  public boolean chosen(String key, String optionId) {
    return card.answers().all(key).contains(optionId);
  }

  public int entries(CardField field) {
    return card.answers().entryCount(field.id());
  }

  public String key(CardField list, int index, CardField entry) {
    return ona(list.id() + "." + index + "." + entry.id());
  }

  /** A safe HTML id for an answer key. */
  public String ona(String key) {
    return "f-" + key.replace('.', '-');
  }

  public List<String> messages(String key) {
    return findings.stream().filter(f -> f.key().equals(key)).map(this::text).toList();
  }

  /** The messages for a key that block submitting. */
  public List<String> errorsFor(String key) {
    return findings.stream().filter(f -> f.key().equals(key) && f.error()).map(this::text).toList();
  }

  /** The messages for a key that only ask the participant to look again. */
  public List<String> warningsFor(String key) {
    return findings.stream()
        .filter(f -> f.key().equals(key) && !f.error())
        .map(this::text)
        .toList();
  }

  public List<CardFinding> errors() {
    return findings.stream().filter(CardFinding::error).toList();
  }

  public List<CardFinding> warnings() {
    return findings.stream().filter(f -> !f.error()).toList();
  }

  public String text(CardFinding finding) {
    if (finding.messageKey().startsWith("option:")) {
      String optionId = finding.messageKey().substring("option:".length());
      return module.card().field(finding.fieldId()).stream()
          .flatMap(f -> f.options().stream())
          .filter(o -> o.id().equals(optionId))
          .map(ChoiceOption::warning)
          .map(w -> w.in(lang()))
          .findFirst()
          .orElse("");
    }
    return t.get(finding.messageKey());
  }

  public String label(CardFinding finding) {
    return module.card().field(finding.fieldId()).map(f -> f.label().in(lang())).orElse("");
  }
}
