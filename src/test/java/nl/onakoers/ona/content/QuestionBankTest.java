package nl.onakoers.ona.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shipped question bank and what the start-up check refuses. */
class QuestionBankTest {

  @Test
  void theShippedBankHasTheSevenGeneralPromptsInBothLanguages() {
    QuestionBank bank = QuestionBank.fromClasspath();

    assertThat(bank.forModule("M1")).hasSize(7);
    assertThat(bank.forModule("M3"))
        .hasSize(8)
        .first()
        .extracting(CoachPrompt::id)
        .isEqualTo("m3-day");
    assertThat(bank.forModule("M1"))
        .allSatisfy(
            p -> {
              assertThat(p.text().nl()).isNotBlank().endsWith("?");
              assertThat(p.text().en()).isNotBlank().endsWith("?");
            });
    assertThat(bank.prompt("small-step")).isPresent();
    assertThat(bank.prompt("nope")).isEmpty();
  }

  @Test
  void duplicateIdsMissingTextsAndUnknownModulesAreAllReported() {
    String yaml =
        """
        general:
          - id: scale
            topic: {nl: Schaal, en: Scale}
            text: {nl: "Hoe zeker?"}
          - id: scale
            topic: {nl: Schaal, en: Scale}
            text: {nl: "Hoe zeker?", en: "How sure?"}
        modules:
          X9:
            - id: Bad_Id
              topic: {nl: a, en: a}
              text: {nl: b, en: b}
        """;

    assertThatThrownBy(() -> QuestionBank.read(yaml))
        .isInstanceOf(InvalidContentException.class)
        .satisfies(
            e ->
                assertThat(((InvalidContentException) e).problems())
                    .extracting(ContentProblem::message)
                    .contains(
                        "is missing",
                        "is used twice",
                        "must be a module id M1–M9",
                        "must be lower case letters, digits and dashes"));
  }
}
