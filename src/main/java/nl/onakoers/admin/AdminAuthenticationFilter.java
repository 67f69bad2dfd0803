package nl.onakoers.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets a request to an {@link AdminAuthenticated} resource through only with {@code Authorization:
 * Bearer <ONA_ADMIN_TOKEN>}. Answers 503 with {@code admin_api_disabled} when no token is
 * configured, and 401 with {@code WWW-Authenticate: Bearer} for a missing or wrong token. The
 * presented token is never logged. Every answer is marked {@code no-store}: exports hold personal
 * data and invitations are credentials.
 */
@Provider
@AdminAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(AdminAuthenticationFilter.class.getName());
  private static final String BEARER = "Bearer ";

  @Inject AdminToken adminToken;

  @Override
  public void filter(ContainerRequestContext request) {
    switch (adminToken.check(bearerToken(request))) {
      case ACCEPTED -> {}
      case DISABLED -> request.abortWith(disabled());
      case REFUSED -> {
        LOG.log(Level.INFO, "Admin API request refused: missing or wrong bearer token");
        request.abortWith(unauthorized());
      }
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private static String bearerToken(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }

  private static Response disabled() {
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            ApiError.of(
                "admin_api_disabled",
                "The admin API is disabled: set ONA_ADMIN_TOKEN to enable it."))
        .build();
  }

  private static Response unauthorized() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ona-admin\"")
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of("unauthorized", "A valid admin bearer token is required."))
        .build();
  }
}
