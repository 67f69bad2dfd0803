package nl.onakoers.lti.registration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.web.Messages;
import nl.onakoers.web.QueryString;
import nl.onakoers.web.Templates;

/**
 * {@code /lti/register}: the LMS opens it with {@code openid_configuration} and {@code
 * registration_token}. GET shows what will be registered; the button POSTs back (the token in a
 * hidden field, never in a URL), and the answer page closes the LMS dialog with the {@code
 * org.imsglobal.lti.close} message. Refusals are rendered by {@code ProtocolRejectionMapper}.
 */
@Path("lti/register")
public class RegistrationResource {

  @Inject DynamicRegistration registration;
  @Inject RegistrationInvitations invitations;
  @Inject Templates templates;
  @Context HttpHeaders headers;

  @GET
  public Response confirm(
      @QueryParam("openid_configuration") String configurationUrl,
      @QueryParam("registration_token") String token,
      @QueryParam("invite") String invite) {
    invitations.requireAccepted(invite);
    PlatformConfiguration platform = registration.inspect(configurationUrl, token);

    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("t", messages());
    parameters.put("platform", platform);
    parameters.put("scopes", ToolRegistrationRequest.scopesFor(platform));
    parameters.put("claims", ToolProfile.CLAIMS);
    parameters.put("action", "/lti/register?" + QueryString.of(query(configurationUrl)));
    parameters.put("token", token == null ? "" : token);
    parameters.put("invite", invite == null ? "" : invite);
    return page("lti/register-confirm.jte", parameters);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @QueryParam("openid_configuration") String configurationUrl,
      @FormParam("registration_token") String token,
      @FormParam("invite") String invite) {
    invitations.claim(invite);
    Registration stored;
    try {
      stored = registration.register(configurationUrl, token);
    } catch (RegistrationRejectedException e) {
      // The platform refused or could not be reached, and nothing was stored: try again.
      invitations.release(invite);
      throw e;
    }
    // Any other failure may come after the registration was stored: the invitation stays used.

    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("t", messages());
    parameters.put("registration", stored);
    return page("lti/register-done.jte", parameters);
  }

  private static Map<String, String> query(String configurationUrl) {
    return Map.of("openid_configuration", configurationUrl);
  }

  private Response page(String template, Map<String, Object> parameters) {
    return Response.ok(templates.render(template, parameters))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private Messages messages() {
    return Messages.forRequest(headers);
  }
}
