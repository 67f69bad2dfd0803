package nl.onakoers.lti.launch;

/**
 * One step of launch validation. A step either passes, possibly recording what it found in the
 * context for later steps, or throws a {@link LaunchRejectedException} with its own code.
 */
interface LaunchCheck {

  /**
   * @param launch the launch so far, not null
   * @throws LaunchRejectedException when the launch must be refused
   */
  void check(LaunchContext launch);

  /** Whether this step applies; steps for one message type skip the others. */
  default boolean appliesTo(LaunchContext launch) {
    return true;
  }
}
