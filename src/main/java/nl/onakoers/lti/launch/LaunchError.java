package nl.onakoers.lti.launch;

import java.util.Locale;
import nl.onakoers.web.ProtocolError;

/**
 * Why a launch was refused. Each code has the HTTP status of the answer and the prefix of its
 * {@code .title} and {@code .text} in the string catalogue ({@code nl.onakoers.web.messages}).
 * Codes print as {@code LTI-STATE-UNKNOWN}; people quote them to administrators.
 *
 * <p>All codes except {@link #PLATFORM_KEYS_UNAVAILABLE} are 4xx: the platform or the browser sent
 * something the tool refuses. Faults of the tool itself are not rejections: they reach {@code
 * nl.onakoers.web.UnhandledErrorMapper}, which answers 500 with a generic text and a reference.
 */
public enum LaunchError implements ProtocolError {
  STATE_UNKNOWN(400, "launch.session"),
  STATE_EXPIRED(400, "launch.session"),
  STATE_USED(400, "launch.session"),
  /** Neither the cookie nor a platform-storage proof shows that this browser started the login. */
  STATE_NOT_BOUND(401, "launch.browser"),
  TOKEN_MISSING(400, "launch.token"),
  TOKEN_TOO_LARGE(413, "launch.token"),
  TOKEN_MALFORMED(400, "launch.token"),
  REGISTRATION_UNKNOWN(400, "launch.registration"),
  /** Registered dynamically and not approved yet. */
  REGISTRATION_PENDING(403, "launch.registration.pending"),
  /** Anything but RS256, including {@code none} and HMAC. */
  SIGNATURE_ALGORITHM(401, "launch.token"),
  KEY_UNKNOWN(401, "launch.token"),
  SIGNATURE_INVALID(401, "launch.token"),
  /** The platform's JWKS could not be fetched: the platform is at fault, not the request. */
  PLATFORM_KEYS_UNAVAILABLE(502, "launch.platform.keys"),
  ISSUER_MISMATCH(401, "launch.token"),
  AUDIENCE_MISMATCH(401, "launch.token"),
  AZP_INVALID(401, "launch.token"),
  TOKEN_EXPIRED(401, "launch.time"),
  TOKEN_NOT_YET_VALID(401, "launch.time"),
  TOKEN_ISSUED_IN_FUTURE(401, "launch.time"),
  NONCE_MISMATCH(401, "launch.token"),
  /** First launch from this deployment: it was recorded and waits for an administrator. */
  DEPLOYMENT_UNKNOWN(403, "launch.deployment.pending"),
  DEPLOYMENT_NOT_ACTIVE(403, "launch.deployment.inactive"),
  VERSION_UNSUPPORTED(400, "launch.message"),
  MESSAGE_TYPE_UNSUPPORTED(400, "launch.message"),
  MESSAGE_TYPE_WRONG_ENDPOINT(400, "launch.message"),
  TARGET_LINK_MISMATCH(400, "launch.token"),
  CLAIM_MISSING(400, "launch.token"),
  CLAIM_INVALID(400, "launch.token"),
  /** The platform posted {@code error=…} instead of an id_token. */
  PLATFORM_ERROR(400, "launch.platform.error");

  private final int httpStatus;
  private final String messageKey;

  LaunchError(int httpStatus, String messageKey) {
    this.httpStatus = httpStatus;
    this.messageKey = messageKey;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  /** Catalogue key prefix; the page shows {@code <key>.title} and {@code <key>.text}. */
  @Override
  public String messageKey() {
    return messageKey;
  }

  /** The code people see, e.g. {@code LTI-STATE-UNKNOWN}. */
  @Override
  public String code() {
    return "LTI-" + name().replace('_', '-').toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return code();
  }
}
