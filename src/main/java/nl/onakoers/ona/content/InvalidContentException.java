package nl.onakoers.ona.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content files break the schema; the application must not start with them. */
public class InvalidContentException extends RuntimeException {

  private final transient List<ContentProblem> problems;

  public InvalidContentException(List<ContentProblem> problems) {
    super(
        "Content rejected: "
            + problems.size()
            + " problem(s)\n  "
            + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<ContentProblem> problems() {
    return problems;
  }
}
