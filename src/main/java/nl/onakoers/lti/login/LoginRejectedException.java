package nl.onakoers.lti.login;

import nl.onakoers.web.ProtocolRejection;

/**
 * A login initiation the tool refuses. The detail names parameters and identifiers, never a hint's
 * or token's content.
 */
public class LoginRejectedException extends ProtocolRejection {

  private static final long serialVersionUID = 1L;

  private final LoginError error;

  public LoginRejectedException(LoginError error, String detail) {
    super("Login initiation rejected: " + detail);
    this.error = error;
  }

  @Override
  public LoginError error() {
    return error;
  }
}
