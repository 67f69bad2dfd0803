package nl.onakoers.ona.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Rubric;
import org.junit.jupiter.api.Test;

/** The approve rule, the score and the status flow of a review (ONA domain brief §5). */
class ReviewRulesTest {

  private static final Rubric RK3 =
      ContentCatalog.fromClasspath().moduleOfCard("RK3").orElseThrow().card().rubric();

  private static ReviewForm form(Map<String, Integer> levels, List<Boolean> checks, String text) {
    return new ReviewForm(3, levels, checks, text, Map.of());
  }

  @Test
  void approvalNeedsEveryCriterionAtTwoAndBothGlobalChecks() {
    ReviewForm good = form(Map.of("A", 2, "B", 3, "C", 2, "D", 2), List.of(true, true), "");

    assertThat(RK3.checks()).hasSize(2);
    assertThat(ReviewRules.problems(RK3, good, ReviewDecision.APPROVED)).isEmpty();
  }

  @Test
  void approvalWithOneCriterionBelowTwoNamesThatCriterion() {
    ReviewForm weak = form(Map.of("A", 3, "B", 1, "C", 2, "D", 2), List.of(true, true), "");

    assertThat(ReviewRules.problems(RK3, weak, ReviewDecision.APPROVED))
        .containsExactly(new ReviewProblem("coach.error.approve.level", "B"));
  }

  @Test
  void approvalWithAGlobalCheckNotHeldIsRefused() {
    ReviewForm notOwnWork = form(Map.of("A", 3, "B", 3, "C", 3, "D", 3), List.of(false, true), "");
    ReviewForm missingCheck = form(Map.of("A", 3, "B", 3, "C", 3, "D", 3), List.of(true), "");

    assertThat(ReviewRules.problems(RK3, notOwnWork, ReviewDecision.APPROVED))
        .containsExactly(new ReviewProblem("coach.error.approve.check", "check-0"));
    assertThat(ReviewRules.problems(RK3, missingCheck, ReviewDecision.APPROVED))
        .containsExactly(new ReviewProblem("coach.error.approve.check", "check-1"));
  }

  @Test
  void everyCriterionNeedsALevelWhateverTheDecision() {
    ReviewForm partial = form(Map.of("A", 1, "C", 4), List.of(), "Wat is je plan B?");

    assertThat(ReviewRules.problems(RK3, partial, ReviewDecision.RETURNED))
        .containsExactly(
            new ReviewProblem("coach.error.level", "B"),
            new ReviewProblem("coach.error.level", "C"),
            new ReviewProblem("coach.error.level", "D"));
  }

  @Test
  void returningNeedsOverallFeedbackButNotTheApproveRule() {
    ReviewForm low = form(Map.of("A", 0, "B", 1, "C", 0, "D", 1), List.of(false, false), " ");
    ReviewForm withText = form(Map.of("A", 0, "B", 1, "C", 0, "D", 1), List.of(), "Waarom?");

    assertThat(ReviewRules.problems(RK3, low, ReviewDecision.RETURNED))
        .containsExactly(new ReviewProblem("coach.error.feedback", "overall"));
    assertThat(ReviewRules.problems(RK3, withText, ReviewDecision.RETURNED)).isEmpty();
  }

  @Test
  void scoreIsTheSumOfLevelsOutOfThreePerCriterion() {
    ReviewForm levels = form(Map.of("A", 3, "B", 2, "C", 2, "D", 3), List.of(true, true), "");

    assertThat(ReviewRules.scoreGiven(RK3, levels)).isEqualTo(10);
    assertThat(ReviewRules.scoreMaximum(RK3)).isEqualTo(12).isEqualTo(RK3.maximumScore());
  }

  @Test
  void decisionsLeadToFeedbackOrAkkoordAndNameTheirEvent() {
    assertThat(ReviewDecision.RETURNED.status()).isEqualTo(CardStatus.FEEDBACK);
    assertThat(ReviewDecision.RETURNED.kind()).isEqualTo("returned");
    assertThat(ReviewDecision.APPROVED.status()).isEqualTo(CardStatus.AKKOORD);
    assertThat(ReviewDecision.APPROVED.kind()).isEqualTo("approved");
    assertThat(ReviewDecision.ofKind("approved")).contains(ReviewDecision.APPROVED);
    assertThat(ReviewDecision.ofKind("submitted")).isEmpty();
  }

  @Test
  void statusFlowConceptIngediendFeedbackHerzienAkkoord() {
    assertThat(CardStatus.CONCEPT.afterSubmission()).isEqualTo(CardStatus.INGEDIEND);
    assertThat(CardStatus.FEEDBACK.afterSubmission()).isEqualTo(CardStatus.HERZIEN);
    assertThat(List.of(CardStatus.values()))
        .filteredOn(CardStatus::editable)
        .containsExactly(CardStatus.CONCEPT, CardStatus.FEEDBACK);
    assertThat(List.of(CardStatus.values()))
        .filteredOn(CardStatus::reviewable)
        .containsExactly(CardStatus.INGEDIEND, CardStatus.HERZIEN);
  }
}
