package nl.onakoers.lti.launch;

/**
 * The tool could not validate a launch because of its own fault (a broken key, a failing
 * repository), not because of what was sent. Answer with a 500 and a generic text; the cause is for
 * the log only.
 */
public class LaunchProcessingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LaunchProcessingException(String message, Throwable cause) {
    super(message, cause);
  }
}
