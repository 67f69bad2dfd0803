package nl.onakoers.ona.review;

import java.util.List;

/** A review broke a rule (see {@link ReviewRules}); nothing was written. */
public class ReviewRejectedException extends RuntimeException {

  private final transient List<ReviewProblem> problems;

  public ReviewRejectedException(List<ReviewProblem> problems) {
    super("Review rejected: " + problems.size() + " problem(s)");
    this.problems = List.copyOf(problems);
  }

  public List<ReviewProblem> problems() {
    return problems;
  }
}
