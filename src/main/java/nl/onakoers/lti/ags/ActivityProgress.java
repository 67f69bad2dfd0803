package nl.onakoers.lti.ags;

/**
 * The learner's progress on the activity, as a score reports it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#activityprogress">AGS §3.4.7</a>
 */
public enum ActivityProgress {
  INITIALIZED("Initialized"),
  STARTED("Started"),
  IN_PROGRESS("InProgress"),
  SUBMITTED("Submitted"),
  COMPLETED("Completed");

  private final String specName;

  ActivityProgress(String specName) {
    this.specName = specName;
  }

  /** The value as the spec spells it, e.g. {@code InProgress}. */
  public String specName() {
    return specName;
  }

  public static ActivityProgress fromSpecName(String name) {
    for (ActivityProgress value : values()) {
      if (value.specName.equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown activityProgress " + name);
  }
}
