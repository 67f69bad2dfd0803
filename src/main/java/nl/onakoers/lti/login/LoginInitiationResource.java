package nl.onakoers.lti.login;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;

/**
 * {@code /lti/login}: the OIDC third-party login initiation, by GET (query) or form POST, with the
 * same result. Answers with a redirect to the platform, or, when the platform named an {@code
 * lti_storage_target}, with a small page that first stores the state in platform storage.
 */
@Path("lti/login")
public class LoginInitiationResource {

  @Inject LoginInitiation initiation;
  @Inject Templates templates;
  @Context HttpHeaders headers;

  @GET
  public Response byQuery(@Context UriInfo uri) {
    return initiate(uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response byForm(MultivaluedMap<String, String> form) {
    return initiate(form);
  }

  private Response initiate(MultivaluedMap<String, String> parameters) {
    LoginRedirect redirect = initiation.initiate(toRequest(parameters));
    LoginState state = redirect.loginState();
    String cookie = StateCookie.header(state.state(), LoginInitiation.STATE_LIFETIME);

    if (!state.usesPlatformStorage()) {
      return Response.seeOther(redirect.authenticationRequest())
          .header(HttpHeaders.SET_COOKIE, cookie)
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    }
    String page =
        templates.render(
            "lti/login-storage.jte",
            Map.of(
                "t", Messages.forRequest(headers),
                "authenticationRequest", redirect.authenticationRequest().toString(),
                "state", state.state(),
                "storageTarget", state.storageTarget()));
    return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.SET_COOKIE, cookie)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static LoginRequest toRequest(MultivaluedMap<String, String> p) {
    return new LoginRequest(
        p.getFirst("iss"),
        p.getFirst("login_hint"),
        p.getFirst("target_link_uri"),
        p.getFirst("client_id"),
        p.getFirst("lti_message_hint"),
        p.getFirst("lti_deployment_id"),
        p.getFirst("lti_storage_target"));
  }
}
