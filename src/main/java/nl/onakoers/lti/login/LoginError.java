package nl.onakoers.lti.login;

import nl.onakoers.web.ProtocolError;

/**
 * Why a login initiation was refused. Most codes answer 400: the request itself was wrong. {@link
 * #REGISTRATION_PENDING} answers 403: the request is fine, but the platform is not approved yet.
 */
public enum LoginError implements ProtocolError {
  PARAM_MISSING,
  PARAM_TOO_LONG,
  REGISTRATION_UNKNOWN,
  /** Registered dynamically and waiting for an administrator's approval. */
  REGISTRATION_PENDING(403, "lti.login.pending"),
  CLIENT_ID_REQUIRED,
  TARGET_INVALID;

  private final int httpStatus;
  private final String messageKey;

  LoginError() {
    this(400, "lti.login.error");
  }

  LoginError(int httpStatus, String messageKey) {
    this.httpStatus = httpStatus;
    this.messageKey = messageKey;
  }

  @Override
  public String code() {
    return "LTI-LOGIN-" + name().replace('_', '-');
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String messageKey() {
    return messageKey;
  }
}
