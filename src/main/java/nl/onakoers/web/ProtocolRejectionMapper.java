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

  @Override
  public Response toResponse(ProtocolRejection rejection) {
    String reference = ErrorReference.next();
    ProtocolError error = rejection.error();
    LOG.log(
        error.httpStatus() >= 500 ? Level.WARNING : Level.INFO,
        "{0} ({1}): {2} {3}",
        new Object[] {
          error.code(),
          reference,
          Printable.oneLine(rejection.getMessage()),
          Printable.oneLine(rejection.logContext())
        });

    // The page never shows the detail: only code and reference.
    String language = Messages.preferredLanguage(headers);
    return errorPage.render(
        error.httpStatus(), error.messageKey(), error.code(), reference, language);
  }
}
