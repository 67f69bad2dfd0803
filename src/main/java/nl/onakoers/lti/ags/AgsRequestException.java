package nl.onakoers.lti.ags;

/**
 * A platform's grade service answered something the tool cannot use: a refusal or a body that is
 * not what the spec says. Carries the HTTP status, never a token or the remote body.
 */
public class AgsRequestException extends RuntimeException {

  private final int status;

  public AgsRequestException(String message, int status) {
    super(message + " (HTTP " + status + ")");
    this.status = status;
  }

  public int status() {
    return status;
  }
}
