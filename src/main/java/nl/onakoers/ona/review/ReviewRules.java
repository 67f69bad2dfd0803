package nl.onakoers.ona.review;

import java.util.ArrayList;
import java.util.List;
import nl.onakoers.ona.content.Rubric;
import nl.onakoers.ona.content.RubricCriterion;

/**
 * The rules of a review (ONA domain brief, section 5). Every criterion gets a level 0 to 3.
 * Returning a card needs overall feedback, so the participant knows what to do. Approving (akkoord)
 * needs every criterion at {@link #APPROVE_LEVEL} or higher and every global check to hold (eigen
 * werk; past bij één wensberoep). The score is the sum of the levels out of 3 per criterion.
 */
public final class ReviewRules {

  /** The lowest level every criterion needs for akkoord (2, voldoende). */
  public static final int APPROVE_LEVEL = 2;

  static final int HIGHEST_LEVEL = RubricCriterion.LEVELS - 1;

  private ReviewRules() {}

  /** Every problem that keeps the review from being saved with this decision; empty when none. */
  public static List<ReviewProblem> problems(
      Rubric rubric, ReviewForm form, ReviewDecision decision) {
    List<ReviewProblem> problems = new ArrayList<>();
    for (RubricCriterion criterion : rubric.criteria()) {
      Integer level = form.levels().get(criterion.id());
      if (level == null || level < 0 || level > HIGHEST_LEVEL) {
        problems.add(new ReviewProblem("coach.error.level", criterion.id()));
      } else if (decision == ReviewDecision.APPROVED && level < APPROVE_LEVEL) {
        problems.add(new ReviewProblem("coach.error.approve.level", criterion.id()));
      }
    }
    if (decision == ReviewDecision.APPROVED) {
      for (int i = 0; i < rubric.checks().size(); i++) {
        if (!holds(form, i)) {
          problems.add(new ReviewProblem("coach.error.approve.check", "check-" + i));
        }
      }
    }
    if (decision == ReviewDecision.RETURNED && form.overall().isBlank()) {
      problems.add(new ReviewProblem("coach.error.feedback", "overall"));
    }
    return problems;
  }

  private static boolean holds(ReviewForm form, int check) {
    return check < form.checks().size() && Boolean.TRUE.equals(form.checks().get(check));
  }

  /** The sum of the levels; call only when {@link #problems} found no missing level. */
  public static int scoreGiven(Rubric rubric, ReviewForm form) {
    return rubric.criteria().stream().mapToInt(c -> form.levels().get(c.id())).sum();
  }

  /** The highest score: 3 per criterion. */
  public static int scoreMaximum(Rubric rubric) {
    return rubric.criteria().size() * HIGHEST_LEVEL;
  }
}
