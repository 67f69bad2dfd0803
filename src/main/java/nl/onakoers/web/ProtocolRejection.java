package nl.onakoers.web;

/**
 * A request to a protocol endpoint that the tool refuses because of what the platform or the
 * browser sent. {@link ProtocolRejectionMapper} shows it as a page with its code and a reference,
 * and writes one log line.
 */
public abstract class ProtocolRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private String logContext = "";

  protected ProtocolRejection(String message) {
    super(message);
  }

  public abstract ProtocolError error();

  /** Identifiers for the log line (issuer, client_id, …); never secrets. Empty when unknown. */
  public String logContext() {
    return logContext;
  }

  /** Adds what was known when the request was refused, for the one log line. */
  public void attachLogContext(String context) {
    this.logContext = context == null ? "" : context;
  }
}
