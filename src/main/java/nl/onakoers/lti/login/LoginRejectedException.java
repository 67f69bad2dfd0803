package nl.onakoers.lti.login;

/**
 * A login initiation the tool refuses. The detail names parameters and identifiers, never a hint's
 * or token's content.
 */
public class LoginRejectedException extends RuntimeException {

  private final LoginError error;

  public LoginRejectedException(LoginError error, String detail) {
    super("Login initiation rejected: " + detail);
    this.error = error;
  }

  public LoginError error() {
    return error;
  }
}
