package nl.onakoers.lti.login;

import nl.onakoers.web.ProtocolError;

/** Why a login initiation was refused. Every code answers 400: the request itself was wrong. */
public enum LoginError implements ProtocolError {
  PARAM_MISSING,
  PARAM_TOO_LONG,
  REGISTRATION_UNKNOWN,
  CLIENT_ID_REQUIRED,
  TARGET_INVALID;

  @Override
  public String code() {
    return "LTI-LOGIN-" + name().replace('_', '-');
  }

  @Override
  public int httpStatus() {
    return 400;
  }

  @Override
  public String messageKey() {
    return "lti.login.error";
  }
}
