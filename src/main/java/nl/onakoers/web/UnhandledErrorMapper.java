package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: any exception no other mapper took becomes a styled page. Client errors
 * (404, 405, …) say what went wrong in general words; anything else is a 500 with a generic text,
 * and the full exception goes to the log under the page's reference.
 */
@Provider
public class UnhandledErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnhandledErrorMapper.class.getName());

  @Inject ErrorPage errorPage;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable error) {
    String reference = ErrorReference.next();
    String language = preferredLanguage();

    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      LOG.log(
          Level.FINE,
          "Request refused with {0} ({1}): {2}",
          new Object[] {status, reference, error.getMessage()});
      String key = status == 404 ? "error.notfound" : "error.request";
      return errorPage.render(status, key, "HTTP-" + status, reference, language);
    }

    LOG.log(Level.SEVERE, "Unhandled error, reference " + reference, error);
    return errorPage.render(500, "error.internal", null, reference, language);
  }

  private String preferredLanguage() {
    List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
    return languages.isEmpty() ? null : languages.get(0).getLanguage();
  }
}
