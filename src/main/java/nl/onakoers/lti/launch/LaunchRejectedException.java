package nl.onakoers.lti.launch;

import java.util.Objects;
import nl.onakoers.web.ProtocolRejection;

/**
 * A launch was refused because of what the platform or the browser sent (or, for {@link
 * LaunchError#PLATFORM_KEYS_UNAVAILABLE}, could not serve). The detail is a short reason for the
 * log with identifiers such as issuer, client_id or deployment_id; it never holds the id_token,
 * state, nonce or key material.
 */
public class LaunchRejectedException extends ProtocolRejection {

  private static final long serialVersionUID = 1L;
  private static final int MAX_PLATFORM_ERROR_LENGTH = 64;

  private final LaunchError error;
  private final String detail;

  /**
   * @param error the code, not null
   * @param detail a short reason without secrets, not null
   */
  public LaunchRejectedException(LaunchError error, String detail) {
    super(error.code() + ": " + detail);
    this.error = Objects.requireNonNull(error, "error");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * The platform posted {@code error=…} (e.g. {@code launch_no_longer_valid}) instead of an
   * id_token. Only a short, plain prefix of the value goes into the detail.
   */
  public static LaunchRejectedException platformError(String platformError) {
    String value = platformError == null ? "" : platformError;
    String safe = value.replaceAll("[^A-Za-z0-9_.-]", "?");
    if (safe.length() > MAX_PLATFORM_ERROR_LENGTH) {
      safe = safe.substring(0, MAX_PLATFORM_ERROR_LENGTH);
    }
    return new LaunchRejectedException(LaunchError.PLATFORM_ERROR, "platform sent error=" + safe);
  }

  @Override
  public LaunchError error() {
    return error;
  }

  public String detail() {
    return detail;
  }
}
