package nl.onakoers.ona.card;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.ChoiceOption;
import nl.onakoers.ona.content.FieldType;
import nl.onakoers.ona.content.ResultCard;

/**
 * The checks a coach would otherwise make by hand, run on every save and shown next to the fields:
 * required answers, valid dates and scale values (errors), and answers such as "weet ik niet" or
 * "n.v.t." and options the content marks with a warning (warnings). An evidence field holds a link
 * (which must be a valid https URL) or a note such as "shown to my coach"; its files are stored
 * apart (see {@code ona.evidence}).
 */
public final class CardChecks {

  private static final Pattern NON_ANSWER =
      Pattern.compile(
          "(?iu)^\\W*(weet ik niet|ik weet het niet|geen idee|n\\.?v\\.?t\\.?|nvt|"
              + "niet van toepassing|i don'?t know|not applicable|n/a|-|\\?+)\\W*$");

  private CardChecks() {}

  public static List<CardFinding> check(ResultCard card, Answers answers) {
    return check(card, answers, Set.of());
  }

  /**
   * The findings on a card whose fields in {@code filed} hold an uploaded file: a required evidence
   * field with a file needs no text, and a list with a file counts one entry more.
   */
  public static List<CardFinding> check(ResultCard card, Answers answers, Set<String> filed) {
    List<CardFinding> findings = new ArrayList<>();
    for (CardField field : card.fields()) {
      boolean required = field.required() && !filed.contains(field.id());
      if (field.type() == FieldType.LIST) {
        checkList(field, answers, filed.contains(field.id()) ? 1 : 0, findings);
      } else {
        checkValue(field, field.id(), field.id(), answers, required, findings);
      }
    }
    return findings;
  }

  public static boolean hasErrors(List<CardFinding> findings) {
    return findings.stream().anyMatch(CardFinding::error);
  }

  private static void checkList(
      CardField field, Answers answers, int filled, List<CardFinding> findings) {
    for (int i = 0; i < answers.entryCount(field.id()); i++) {
      boolean any = false;
      for (CardField entry : field.entryFields()) {
        String key = Answers.entryKey(field.id(), i, entry.id());
        any |= !answers.value(key).isBlank();
        checkValue(entry, key, field.id(), answers, false, findings);
      }
      filled += any ? 1 : 0;
    }
    if (field.required() && filled < Math.max(1, field.minEntries())) {
      findings.add(new CardFinding(field.id(), field.id(), "card.check.entries", true));
    }
  }

  private static void checkValue(
      CardField field,
      String key,
      String fieldId,
      Answers answers,
      boolean required,
      List<CardFinding> findings) {
    String value = answers.value(key).strip();
    if (value.isEmpty()) {
      if (required) {
        findings.add(new CardFinding(key, fieldId, "card.check.required", true));
      }
      return;
    }
    switch (field.type()) {
      case DATE -> {
        if (!isDate(value)) {
          findings.add(new CardFinding(key, fieldId, "card.check.date", true));
        }
      }
      case SCALE -> {
        if (!value.matches("[1-5]")) {
          findings.add(new CardFinding(key, fieldId, "card.check.scale", true));
        }
      }
      case CHOICE, MULTI -> optionWarnings(field, key, fieldId, answers, findings);
      case EVIDENCE -> {
        if (EvidenceLinks.looksLikeLink(value) && !EvidenceLinks.isHttps(value)) {
          findings.add(new CardFinding(key, fieldId, "evidence.check.link", true));
        } else if (NON_ANSWER.matcher(value).matches()) {
          findings.add(new CardFinding(key, fieldId, "card.check.nonanswer", false));
        }
      }
      default -> {
        if (NON_ANSWER.matcher(value).matches()) {
          findings.add(new CardFinding(key, fieldId, "card.check.nonanswer", false));
        }
      }
    }
  }

  private static void optionWarnings(
      CardField field, String key, String fieldId, Answers answers, List<CardFinding> findings) {
    for (String chosen : answers.all(key)) {
      field.options().stream()
          .filter(o -> o.id().equals(chosen) && o.warning() != null)
          .map(ChoiceOption::id)
          .forEach(id -> findings.add(new CardFinding(key, fieldId, "option:" + id, false)));
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
