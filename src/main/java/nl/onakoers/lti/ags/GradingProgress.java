package nl.onakoers.lti.ags;

/**
 * How far grading of the learner's work is, as a score reports it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#gradingprogress">AGS §3.4.8</a>
 */
public enum GradingProgress {
  FULLY_GRADED("FullyGraded"),
  PENDING("Pending"),
  PENDING_MANUAL("PendingManual"),
  FAILED("Failed"),
  NOT_READY("NotReady");

  private final String specName;

  GradingProgress(String specName) {
    this.specName = specName;
  }

  /** The value as the spec spells it, e.g. {@code PendingManual}. */
  public String specName() {
    return specName;
  }

  public static GradingProgress fromSpecName(String name) {
    for (GradingProgress value : values()) {
      if (value.specName.equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown gradingProgress " + name);
  }
}
