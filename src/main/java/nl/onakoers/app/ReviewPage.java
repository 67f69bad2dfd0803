package nl.onakoers.app;

import java.time.Instant;
import java.util.List;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.content.CardField;
import nl.onakoers.ona.content.CoachPrompt;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.content.Rubric;
import nl.onakoers.ona.content.RubricCriterion;
import nl.onakoers.ona.review.Review;
import nl.onakoers.ona.review.ReviewForm;
import nl.onakoers.ona.review.ReviewProblem;
import nl.onakoers.web.Messages;

/**
 * What the review template shows: the participant's answers (read only), earlier reviews, the
 * rubric with what the coach chose so far, the feedback boxes, the question bank and one notice.
 * Every value is plain text; the template escapes it.
 */
public record ReviewPage(
    Messages t,
    String token,
    Module module,
    ParticipantCard card,
    String participant,
    List<Review> history,
    ReviewForm form,
    List<ReviewProblem> problems,
    List<CoachPrompt> prompts,
    GradeDelivery grade,
    String notice) {

  public String lang() {
    return t.language();
  }

  public Rubric rubric() {
    return module.card().rubric();
  }

  public boolean reviewable() {
    return card.status().reviewable();
  }

  public List<String> answer(CardField field) {
    return AnswerText.lines(field, card.answers(), lang());
  }

  public boolean chosen(RubricCriterion criterion, int level) {
    Integer chosen = form.levels().get(criterion.id());
    return chosen != null && chosen == level;
  }

  public boolean held(int check) {
    return check < form.checks().size() && Boolean.TRUE.equals(form.checks().get(check));
  }

  public String feedbackOn(String fieldId) {
    return form.fieldFeedback().getOrDefault(fieldId, "");
  }

  /** The messages about one target: a criterion id, {@code check-<i>} or {@code overall}. */
  public List<String> problemsFor(String target) {
    return problems.stream().filter(p -> p.target().equals(target)).map(this::text).toList();
  }

  /** The ids that describe the overall feedback box: its hint, and its error if any. */
  public String overallDescribedBy() {
    return problemsFor("overall").isEmpty() ? "feedback-hint" : "feedback-hint feedback-error";
  }

  public String text(ReviewProblem problem) {
    return t.get(problem.messageKey());
  }

  /** The problem's subject for the error summary: a criterion's or check's name. */
  public String subject(ReviewProblem problem) {
    String target = problem.target();
    if (target.startsWith("check-")) {
      int i = Integer.parseInt(target.substring("check-".length()));
      return rubric().checks().get(i).in(lang());
    }
    if (target.equals("overall")) {
      return t.get("coach.feedback.overall");
    }
    return rubric().criteria().stream()
        .filter(c -> c.id().equals(target))
        .map(c -> c.id() + ". " + c.title().in(lang()))
        .findFirst()
        .orElse(target);
  }

  /** The id of the element a problem points at, for the error summary's links. */
  public String anchor(ReviewProblem problem) {
    return problem.target().equals("overall") ? "feedback" : "c-" + problem.target();
  }

  public String when(Instant instant) {
    return CoachTimes.when(instant);
  }

  public String fieldLabel(String fieldId) {
    return module.card().field(fieldId).map(f -> f.label().in(lang())).orElse(fieldId);
  }
}
