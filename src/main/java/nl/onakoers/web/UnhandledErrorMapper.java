package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: any exception no other mapper took becomes a styled page. Client errors
 * (404, 405, …) say what went wrong in general words; anything else is a 500 with a generic text,
 * and the full exception goes to the log under the page's reference.
 *
 * <p>Under {@code /api/} the answer is JSON instead, {@code {"error":"...","reference":"ONA-..."}},
 * because API clients cannot read a page.
 */
@Provider
public class UnhandledErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnhandledErrorMapper.class.getName());

  @Inject ErrorPage errorPage;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable error) {
    String reference = ErrorReference.next();
    String language = Messages.preferredLanguage(headers);

    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      LOG.log(
          Level.FINE,
          "Request refused with {0} ({1}): {2}",
          new Object[] {status, reference, error.getMessage()});
      if (isApiRequest()) {
        return JsonError.response(status, status == 404 ? "not_found" : "bad_request", reference);
      }
      String key = status == 404 ? "error.notfound" : "error.request";
      return errorPage.render(status, key, "HTTP-" + status, reference, language);
    }

    LOG.log(Level.SEVERE, "Unhandled error, reference " + reference, error);
    if (isApiRequest()) {
      return JsonError.response(500, "internal_error", reference);
    }
    return errorPage.render(500, "error.internal", null, reference, language);
  }

  private boolean isApiRequest() {
    if (uriInfo == null) {
      return false;
    }
    String path = uriInfo.getPath();
    return path.equals("api") || path.startsWith("api/") || path.startsWith("/api");
  }
}
