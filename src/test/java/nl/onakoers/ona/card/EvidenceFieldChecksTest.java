package nl.onakoers.ona.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.ResultCard;
import org.junit.jupiter.api.Test;

/** The checks on evidence fields: a link must be https, a file counts as an answer. */
class EvidenceFieldChecksTest {

  private final ResultCard rk7 = ContentCatalog.fromClasspath().module("M7").orElseThrow().card();

  private List<CardFinding> cv(String value, Set<String> filed) {
    return CardChecks.check(rk7, new Answers(Map.of("cv", List.of(value))), filed).stream()
        .filter(f -> f.key().equals("cv"))
        .toList();
  }

  @Test
  void anHttpsLinkOrANoteIsFine() {
    assertThat(cv("https://drive.example.nl/cv-sam.pdf", Set.of())).isEmpty();
    assertThat(cv("Laten zien aan mijn begeleider op 3 mei", Set.of())).isEmpty();
  }

  @Test
  void aLinkThatIsNotAProperHttpsLinkIsAnError() {
    for (String bad :
        List.of(
            "http://drive.example.nl/cv.pdf",
            "javascript:alert(1)",
            "https://",
            "https://user:pw@example.nl/x",
            "www.example.nl/cv",
            "data:text/html,<script>")) {
      assertThat(cv(bad, Set.of()))
          .as(bad)
          .extracting(CardFinding::messageKey, CardFinding::error)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("evidence.check.link", true));
    }
  }

  @Test
  void aRequiredEvidenceFieldWithAFileNeedsNoText() {
    assertThat(cv("", Set.of()))
        .extracting(CardFinding::messageKey)
        .containsExactly("card.check.required");
    assertThat(cv("", Set.of("cv"))).isEmpty();
  }

  @Test
  void weetIkNietInAnEvidenceFieldIsAWarning() {
    assertThat(cv("weet ik niet", Set.of()))
        .extracting(CardFinding::messageKey, CardFinding::error)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("card.check.nonanswer", false));
  }
}
