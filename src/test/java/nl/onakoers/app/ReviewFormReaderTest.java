package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.ona.review.ReviewForm;
import org.junit.jupiter.api.Test;

/** The question-bank prompt the coach inserts ({@code action=insert}) into a feedback box. */
class ReviewFormReaderTest {

  private static final ResultCard RK3 =
      ContentCatalog.fromClasspath().moduleOfCard("RK3").orElseThrow().card();
  private static final String PROMPT = "Wat heb je zelf gedaan?";

  private final ReviewForm typed =
      new ReviewForm(
          4, Map.of("c1", 2), List.of(true, false), "", Map.of("taken", "Noem ook je stage."));

  @Test
  void promptGoesIntoTheEmptyOverallFeedbackAndKeepsTheRestOfTheForm() {
    ReviewForm form = ReviewFormReader.withPrompt(typed, "feedback", PROMPT, RK3);

    assertThat(form.overall()).isEqualTo(PROMPT);
    assertThat(form.cardVersion()).isEqualTo(4);
    assertThat(form.levels()).isEqualTo(typed.levels());
    assertThat(form.checks()).isEqualTo(typed.checks());
    assertThat(form.fieldFeedback()).isEqualTo(typed.fieldFeedback());
  }

  @Test
  void promptGoesOnANewLineAfterWhatTheCoachTyped() {
    ReviewForm withText =
        new ReviewForm(4, Map.of(), List.of(), "Mooi begin.  ", Map.of("taken", "Noem je stage."));

    ReviewForm overall = ReviewFormReader.withPrompt(withText, "feedback", PROMPT, RK3);
    ReviewForm field = ReviewFormReader.withPrompt(withText, "feedback.taken", PROMPT, RK3);

    assertThat(overall.overall()).isEqualTo("Mooi begin.\n" + PROMPT);
    assertThat(field.fieldFeedback()).containsEntry("taken", "Noem je stage.\n" + PROMPT);
    assertThat(field.overall()).isEqualTo("Mooi begin.");
  }

  @Test
  void promptGoesIntoTheFeedbackOfAFieldOfTheCard() {
    ReviewForm form = ReviewFormReader.withPrompt(typed, "feedback.wensberoep", PROMPT, RK3);

    assertThat(form.fieldFeedback())
        .containsEntry("wensberoep", PROMPT)
        .containsEntry("taken", "Noem ook je stage.");
    assertThat(form.overall()).isEmpty();
  }

  @Test
  void targetThatIsNoFieldOfTheCardLeavesTheFormAsTyped() {
    assertThat(ReviewFormReader.withPrompt(typed, "feedback.salaris", PROMPT, RK3))
        .isEqualTo(typed);
    assertThat(ReviewFormReader.withPrompt(typed, null, PROMPT, RK3)).isEqualTo(typed);
    assertThat(ReviewFormReader.withPrompt(typed, "", PROMPT, RK3)).isEqualTo(typed);
  }
}
