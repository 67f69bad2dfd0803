package nl.onakoers.ona.evidence;

/** An upload or removal was refused; nothing was stored or removed. */
public class EvidenceRejectedException extends RuntimeException {

  private final EvidenceProblem problem;

  public EvidenceRejectedException(EvidenceProblem problem) {
    super("Evidence rejected: " + problem.name().toLowerCase(java.util.Locale.ROOT));
    this.problem = problem;
  }

  public EvidenceProblem problem() {
    return problem;
  }
}
