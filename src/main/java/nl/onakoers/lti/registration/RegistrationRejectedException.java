package nl.onakoers.lti.registration;

import nl.onakoers.web.ProtocolRejection;

/**
 * A dynamic registration the tool refuses or cannot finish. The detail names URLs and fields, never
 * the registration token or a response body.
 */
public class RegistrationRejectedException extends ProtocolRejection {

  private static final long serialVersionUID = 1L;

  private final RegistrationError error;

  public RegistrationRejectedException(RegistrationError error, String detail) {
    super("Dynamic registration rejected: " + detail);
    this.error = error;
  }

  @Override
  public RegistrationError error() {
    return error;
  }
}
