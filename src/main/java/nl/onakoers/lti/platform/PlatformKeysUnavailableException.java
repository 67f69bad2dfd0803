package nl.onakoers.lti.platform;

/**
 * A platform's JWKS could not be fetched or read. The message names the URL and the reason, never
 * the body of the response.
 */
public class PlatformKeysUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlatformKeysUnavailableException(String message) {
    super(message);
  }

  public PlatformKeysUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
