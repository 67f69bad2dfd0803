package nl.onakoers.lti.ags;

/** The platform could not be reached or did not answer in time; worth retrying later. */
public class PlatformUnreachableException extends RuntimeException {

  public PlatformUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
