package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A POST or PUT with a body but without a {@code Content-Type} is answered with 415 and the error
 * page. One without a body is treated as an empty form: form resources would otherwise be handed no
 * form at all, and action endpoints (key rotation) legitimately post nothing.
 */
@Provider
@PreMatching
public class RequireContentTypeFilter implements ContainerRequestFilter {

  private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
  private static final String EMPTY_FORM = "application/x-www-form-urlencoded";

  @Inject ErrorPage errorPage;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!METHODS_WITH_BODY.contains(request.getMethod())
        || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
      return;
    }
    if (!request.hasEntity()) {
      request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, EMPTY_FORM);
      return;
    }

    String reference = ErrorReference.next();
    boolean api = request.getUriInfo().getPath().startsWith("api/");
    request.abortWith(
        api
            ? JsonError.response(415, "content_type_required", reference)
            : errorPage.render(415, "error.request", "HTTP-415", reference, null));
  }
}
