package nl.onakoers.lti.ags;

/**
 * The platform refused to issue an access token, or answered something that is not a token. Holds
 * the platform's error code (e.g. {@code invalid_scope}, or Moodle's {@code Expired token}), never
 * a token or an assertion.
 */
public class AccessTokenException extends RuntimeException {

  private final String registrationId;
  private final String errorCode;
  private final int status;

  public AccessTokenException(String registrationId, String errorCode, int status) {
    super(
        "Access token refused for registration "
            + registrationId
            + ": "
            + errorCode
            + " (HTTP "
            + status
            + ")");
    this.registrationId = registrationId;
    this.errorCode = errorCode;
    this.status = status;
  }

  public String registrationId() {
    return registrationId;
  }

  /** The platform's {@code error} value, or {@code invalid_response} when it sent none. */
  public String errorCode() {
    return errorCode;
  }

  public int status() {
    return status;
  }
}
