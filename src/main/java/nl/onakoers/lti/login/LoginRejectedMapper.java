package nl.onakoers.lti.login;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;

/** Shows a refused login initiation as a readable page and writes one log line for it. */
@Provider
public class LoginRejectedMapper implements ExceptionMapper<LoginRejectedException> {

  private static final Logger LOG = Logger.getLogger(LoginRejectedMapper.class.getName());

  @Inject ErrorPage errorPage;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(LoginRejectedException rejection) {
    String reference = ErrorReference.next();
    LoginError error = rejection.error();
    LOG.log(
        Level.INFO,
        "{0} ({1}): {2}",
        new Object[] {error.code(), reference, rejection.getMessage()});
    var languages = headers.getAcceptableLanguages();
    String language = languages.isEmpty() ? null : languages.get(0).getLanguage();
    return errorPage.render(
        error.httpStatus(), error.messageKey(), error.code(), reference, language);
  }
}
