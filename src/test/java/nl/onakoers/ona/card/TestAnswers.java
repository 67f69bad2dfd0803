package nl.onakoers.ona.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers that tests hand in: a complete RK3 that passes every check of the card. */
public final class TestAnswers {

  private TestAnswers() {}

  /** Every required field of RK3 filled in, with two requirements in the list. */
  public static Answers completeRk3(String wensberoep) {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("wensberoep", List.of(wensberoep));
    v.put("sector", List.of("techniek"));
    v.put("betaald", List.of("ja"));
    v.put("taken", List.of("Panelen plaatsen en kabels aansluiten."));
    v.put("eisen", List.of("2"));
    v.put("eisen.0.eis", List.of("VCA"));
    v.put("eisen.0.heb-ik", List.of("nee"));
    v.put("eisen.1.eis", List.of("Rijbewijs B"));
    v.put("eisen.1.heb-ik", List.of("ja"));
    v.put("waarom", List.of("Ik werk graag buiten."));
    v.put("plan-b", List.of("Magazijn"));
    v.put("zeker", List.of("4"));
    return new Answers(v);
  }
}
