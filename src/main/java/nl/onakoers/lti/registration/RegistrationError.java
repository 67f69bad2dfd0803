package nl.onakoers.lti.registration;

import nl.onakoers.web.ProtocolError;

/**
 * Why a dynamic registration was refused. Codes print as {@code LTI-REGISTER-ISSUER-MISMATCH}; the
 * page shows the text of {@code lti.register.error} and the code, which an administrator quotes.
 *
 * <p>4xx: the request or the platform's configuration is not acceptable. 502: the platform could
 * not be reached or refused the tool's registration.
 */
public enum RegistrationError implements ProtocolError {
  PARAM_MISSING(400),
  /** No invitation, a wrong one, or an expired one while registration is not open. */
  INVITATION_INVALID(403),
  /** A platform URL is not https (http is allowed for localhost only). */
  URL_INSECURE(400),
  CONFIGURATION_UNAVAILABLE(502),
  CONFIGURATION_INVALID(400),
  /** The issuer does not belong to the host that served the configuration. */
  ISSUER_MISMATCH(400),
  /** The platform lacks what the tool needs: id_token, resource-link launches. */
  PLATFORM_UNSUPPORTED(400),
  PLATFORM_REFUSED(502),
  ANSWER_INVALID(502),
  ALREADY_REGISTERED(409);

  private final int httpStatus;

  RegistrationError(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return "LTI-REGISTER-" + name().replace('_', '-');
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String messageKey() {
    return "lti.register.error";
  }

  @Override
  public String toString() {
    return code();
  }
}
