package nl.onakoers.lti.nrps;

/**
 * The roster could not be read: no token, the platform refused or failed, or its answer was not a
 * membership container. The caller falls back to the participants who launched; the message names
 * the URL and status, never a token or a response body.
 */
public class RosterUnavailableException extends RuntimeException {

  public RosterUnavailableException(String message) {
    super(message);
  }

  public RosterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
