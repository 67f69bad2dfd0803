package nl.onakoers.web;

/**
 * An error code of the tool's protocol endpoints (login, launch, …): a stable code such as {@code
 * LTI-STATE-UNKNOWN}, its HTTP status, and the catalogue key of the text a person sees.
 */
public interface ProtocolError {

  /** The code shown on the page and written in the log, e.g. {@code LTI-LOGIN-PARAM-MISSING}. */
  String code();

  int httpStatus();

  /** Catalogue key prefix: {@code <key>.title} and {@code <key>.text} must exist. */
  String messageKey();
}
