package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;

/**
 * Refuses a request body larger than any page of the tool sends (413 and the error page), before
 * anything reads it: a card form is well under {@link #FORM_LIMIT}, an upload under the evidence
 * limit plus that. Judged by {@code Content-Length}, which browsers always send for forms and
 * uploads; a chunked body is bounded only where it is read (the upload reader caps it).
 */
@Provider
@PreMatching
public class RequestSizeFilter implements ContainerRequestFilter {

  /** Room for the largest card form with every list full, and the fields around an upload. */
  static final long FORM_LIMIT = 2L * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(RequestSizeFilter.class.getName());

  @Inject ErrorPage errorPage;
  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    long declared = request.getLength();
    long limit = limit();
    if (declared <= limit) {
      return;
    }

    String reference = ErrorReference.next();
    LOG.log(
        Level.INFO,
        "Refused a {0}-byte body to /{1} (limit {2}) [{3}]",
        new Object[] {declared, request.getUriInfo().getPath(), limit, reference});
    boolean api = request.getUriInfo().getPath().startsWith("api/");
    request.abortWith(
        api
            ? JsonError.response(413, "request_too_large", reference)
            : errorPage.render(413, "error.request", "HTTP-413", reference, null));
  }

  long limit() {
    long evidence;
    try {
      evidence = Long.parseLong(settings.get(Setting.EVIDENCE_MAX_BYTES).strip());
    } catch (NumberFormatException e) {
      evidence = 0;
    }
    return Math.max(evidence, 0) + FORM_LIMIT;
  }
}
