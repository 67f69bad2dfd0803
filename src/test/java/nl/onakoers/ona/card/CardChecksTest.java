package nl.onakoers.ona.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.ResultCard;
import org.junit.jupiter.api.Test;

class CardChecksTest {

  private final ResultCard rk3 = ContentCatalog.fromClasspath().module("M3").orElseThrow().card();

  private List<CardFinding> check(Map<String, List<String>> values) {
    return CardChecks.check(rk3, new Answers(values));
  }

  @Test
  void weetIkNietAndNvtAreFriendlyWarningsNotErrors() {
    var findings = check(Map.of("taken", List.of("Weet ik niet."), "plan-b", List.of("n.v.t.")));

    assertThat(findings)
        .filteredOn(f -> f.messageKey().equals("card.check.nonanswer"))
        .extracting(CardFinding::key, CardFinding::error)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("taken", false),
            org.assertj.core.groups.Tuple.tuple("plan-b", false));
  }

  @Test
  void volunteeringAsWensberoepGivesTheContentsWarning() {
    var findings = check(Map.of("betaald", List.of("vrijwilligerswerk")));

    assertThat(findings).extracting(CardFinding::messageKey).contains("option:vrijwilligerswerk");
  }

  @Test
  void aDateThatIsNotADateAndAScaleOutsideOneToFiveAreErrors() {
    var findings = check(Map.of("zeker", List.of("9")));

    assertThat(findings)
        .filteredOn(f -> f.key().equals("zeker"))
        .extracting(CardFinding::messageKey)
        .containsExactly("card.check.scale");
  }

  @Test
  void aListNeedsItsMinimumNumberOfFilledEntries() {
    var findings = check(Map.of("eisen", List.of("3"), "eisen.0.eis", List.of("VCA")));

    assertThat(findings)
        .filteredOn(f -> f.key().equals("eisen"))
        .extracting(CardFinding::messageKey)
        .containsExactly("card.check.entries");
  }
}
