package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows a refused login or launch as a readable page (Dutch or English) with its error code and a
 * reference, and writes exactly one log line with the same code and reference.
 */
@Provider
public class ProtocolRejectionMapper implements ExceptionMapper<ProtocolRejection> {

  private static final Logger LOG = Logger.getLogger(ProtocolRejectionMapper.class.getName());

  @Inject ErrorPage errorPage;
  @Context HttpHeaders headers;

  /** Details may quote request values; they must not break the log into forged lines. */
  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
  }

  @Override
  public Response toResponse(ProtocolRejection rejection) {
    String reference = ErrorReference.next();
    ProtocolError error = rejection.error();
    LOG.log(
        error.httpStatus() >= 500 ? Level.WARNING : Level.INFO,
        "{0} ({1}): {2} {3}",
        new Object[] {
          error.code(), reference, oneLine(rejection.getMessage()), oneLine(rejection.logContext())
        });

    var languages = headers.getAcceptableLanguages();
    // (the page never shows the detail: only code and reference)
    String language = languages.isEmpty() ? null : languages.get(0).getLanguage();
    return errorPage.render(
        error.httpStatus(), error.messageKey(), error.code(), reference, language);
  }
}
