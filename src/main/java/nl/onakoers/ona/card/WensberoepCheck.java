package nl.onakoers.ona.card;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The publisher's checklist rejects a portfolio whose vacancies do not fit the wensberoep (the
 * desired occupation on card RK3). This check warns before submitting: it never blocks.
 *
 * <p>The rule, kept simple on purpose: take the words of the wensberoep (letters and digits), leave
 * out short words and filler words ("de", "in", "medewerker"…); a vacancy mentions the wensberoep
 * when its text holds one of the remaining words, case and accents ignored. A word of five or more
 * letters may also sit inside a longer word, because Dutch glues words together ("verpleegkundige"
 * in "wijkverpleegkundige"). Shorter words must match a whole word, so "kok" does not match
 * "kokosnoot". No wensberoep yet, or no usable word in it: no warning.
 */
public final class WensberoepCheck {

  /** Where the wensberoep is written. */
  public static final String WENSBEROEP_CARD = "RK3";

  public static final String WENSBEROEP_FIELD = "wensberoep";

  static final String MESSAGE = "evidence.check.wensberoep";

  /**
   * The cards that list vacancies: the field, and for a list the entry fields read together as one
   * vacancy.
   */
  private static final Map<String, VacancyField> VACANCY_FIELDS =
      Map.of(
          "RK4", new VacancyField("vacatures", List.of("titel", "werkgever", "link")),
          "RK7", new VacancyField("vacature", List.of()));

  private static final Set<String> FILLER =
      Set.of(
          "de",
          "het",
          "een",
          "en",
          "of",
          "in",
          "op",
          "bij",
          "van",
          "voor",
          "met",
          "als",
          "aan",
          "the",
          "and",
          "for",
          "medewerker",
          "medewerkster",
          "assistent",
          "niveau",
          "mbo");

  private record VacancyField(String fieldId, List<String> entryFields) {}

  private WensberoepCheck() {}

  /** The cards whose vacancies this check reads. */
  public static java.util.Set<String> vacancyCards() {
    return VACANCY_FIELDS.keySet();
  }

  /** The warnings for a card's vacancies; empty for cards without vacancies. */
  public static List<CardFinding> check(String cardId, Answers answers, String wensberoep) {
    VacancyField field = VACANCY_FIELDS.get(cardId);
    List<String> words = words(wensberoep == null ? "" : wensberoep);
    if (field == null || words.isEmpty()) {
      return List.of();
    }
    List<CardFinding> findings = new ArrayList<>();
    if (field.entryFields().isEmpty()) {
      warnUnlessMentioned(
          field.fieldId(), field.fieldId(), answers.value(field.fieldId()), words, findings);
      return findings;
    }
    for (int i = 0; i < answers.entryCount(field.fieldId()); i++) {
      StringBuilder text = new StringBuilder();
      for (String entry : field.entryFields()) {
        text.append(answers.value(Answers.entryKey(field.fieldId(), i, entry))).append(' ');
      }
      String key = Answers.entryKey(field.fieldId(), i, field.entryFields().get(0));
      warnUnlessMentioned(key, field.fieldId(), text.toString(), words, findings);
    }
    return findings;
  }

  private static void warnUnlessMentioned(
      String key, String fieldId, String vacancy, List<String> words, List<CardFinding> findings) {
    if (!vacancy.isBlank() && !mentions(vacancy, words)) {
      findings.add(new CardFinding(key, fieldId, MESSAGE, false));
    }
  }

  static boolean mentions(String vacancy, List<String> words) {
    List<String> vacancyWords = Arrays.asList(normalise(vacancy).split("[^\\p{L}\\p{N}]+"));
    for (String word : words) {
      boolean found =
          word.length() >= 5
              ? vacancyWords.stream().anyMatch(v -> v.contains(word))
              : vacancyWords.contains(word);
      if (found) {
        return true;
      }
    }
    return false;
  }

  /** The usable words of a wensberoep: lower case, without accents, no filler or short words. */
  static List<String> words(String wensberoep) {
    return Arrays.stream(normalise(wensberoep).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3 && !FILLER.contains(w))
        .distinct()
        .toList();
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
