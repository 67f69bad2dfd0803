package nl.onakoers.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.web.Messages;
import nl.onakoers.web.QueryString;
import nl.onakoers.web.Templates;

/**
 * The sandbox platform's browser side at {@code /demo}: the course page, "launch as" (a login
 * initiation to the tool), the OIDC auth endpoint that posts the id_token to the tool, the
 * deep-linking return, and the JWKS. Every answer is 404 when demo mode is off.
 */
@Path("demo")
public class DemoResource {

  private static final Logger LOG = Logger.getLogger(DemoResource.class.getName());
  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  @Inject DemoMode mode;
  @Inject DemoStore store;
  @Inject DemoKeys keys;
  @Inject ToolKeySource toolKeys;
  @Inject Templates templates;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  public Response course() {
    requireEnabled();
    CoursePage page =
        new CoursePage(
            messages(),
            DemoCourse.PEOPLE,
            store.links(DemoCourse.CONTEXT_ID),
            Gradebook.rows(
                store.scores(DemoCourse.CONTEXT_ID), store.lineItems(DemoCourse.CONTEXT_ID)),
            mode.toolOrigin());
    return html(200, templates.render("demo/course.jte", Map.of("page", page)));
  }

  @GET
  @Path("jwks")
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks() {
    requireEnabled();
    return Response.ok(keys.publicJwks().toString()).build();
  }

  /** "Launch as …": the platform's login initiation, as a redirect the framed page follows. */
  @GET
  @Path("launch")
  public Response launch(@QueryParam("link") String linkId, @QueryParam("as") String personId) {
    requireEnabled();
    DemoLink link = store.link(String.valueOf(linkId)).orElseThrow(NotFoundException::new);
    DemoPerson person = DemoCourse.person(personId).orElseThrow(NotFoundException::new);
    return loginInitiation(person, mode.toolUrl("/lti/launch"), link.id());
  }

  /** "Add content": a deep-linking login initiation for the coach. */
  @GET
  @Path("deep-link")
  public Response deepLink(@QueryParam("as") String personId) {
    requireEnabled();
    DemoPerson person = DemoCourse.person(personId).orElseThrow(NotFoundException::new);
    return loginInitiation(
        person, mode.toolUrl("/lti/deep-link"), AuthenticationRequest.DEEP_LINK_HINT);
  }

  private Response loginInitiation(DemoPerson person, String target, String messageHint) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", mode.issuer());
    parameters.put("login_hint", person.id());
    parameters.put("target_link_uri", target);
    parameters.put("client_id", DemoMode.CLIENT_ID);
    parameters.put("lti_deployment_id", DemoMode.DEPLOYMENT_ID);
    parameters.put("lti_message_hint", messageHint);
    parameters.put("lti_storage_target", "_parent");
    URI login = URI.create(mode.toolUrl("/lti/login?") + QueryString.of(parameters));
    return Response.seeOther(login).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  @GET
  @Path("auth")
  public Response authorizeByQuery(@Context UriInfo uri) {
    return authorize(uri.getQueryParameters());
  }

  @POST
  @Path("auth")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response authorizeByForm(MultivaluedMap<String, String> form) {
    return authorize(form);
  }

  private Response authorize(MultivaluedMap<String, String> parameters) {
    requireEnabled();
    AuthenticationRequest request = AuthenticationRequest.of(parameters);
    if (!request.isReturnable(mode)) {
      LOG.log(Level.INFO, "Sandbox auth request refused: unknown client_id or redirect_uri");
      return message(400, "demo.auth.refused.title", "demo.auth.refused.text", false);
    }
    String problem = request.problem(mode);
    if (problem != null) {
      LOG.log(Level.INFO, "Sandbox auth request answered with error {0}", problem);
      return autoPost(request.redirectUri(), request.answer("error", problem));
    }
    return autoPost(request.redirectUri(), request.answer("id_token", idToken(request)));
  }

  private String idToken(AuthenticationRequest request) {
    DemoPerson person = DemoCourse.person(request.loginHint()).orElseThrow();
    LaunchMessages messages = new LaunchMessages(mode, keys.signingKey());
    if (request.isDeepLinking()) {
      return messages.deepLinking(person, request.nonce(), clock.instant());
    }
    DemoLink link =
        store
            .link(request.messageHint())
            .filter(l -> l.contextId().equals(DemoCourse.CONTEXT_ID))
            .orElseThrow(NotFoundException::new);
    return messages.resourceLink(person, link, request.nonce(), clock.instant());
  }

  private Response autoPost(String action, Map<String, String> fields) {
    String page =
        templates.render(
            "demo/auto-post.jte",
            Map.of("t", messages(), "action", action, "fields", new LinkedHashMap<>(fields)));
    return html(200, page);
  }

  @POST
  @Path("deep-link-return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response deepLinkReturn(MultivaluedMap<String, String> form) {
    requireEnabled();
    DeepLinkReturns returns = new DeepLinkReturns(toolKeys.keys(), mode.issuer(), store, clock);
    List<DemoLink> added;
    try {
      added = returns.accept(form.getFirst("JWT"));
    } catch (ServiceRejection e) {
      LOG.log(Level.INFO, "Sandbox refused a deep-linking response: {0}", e.getMessage());
      return message(400, "demo.deeplink.refused.title", "demo.deeplink.refused.text", true);
    }
    LOG.log(Level.INFO, "Sandbox added {0} link(s) by deep linking", added.size());
    String page =
        templates.render(
            "demo/deep-link-done.jte",
            Map.of("t", messages(), "titles", added.stream().map(DemoLink::title).toList()));
    return html(200, page);
  }

  private Response message(int status, String titleKey, String textKey, boolean backLink) {
    String page =
        templates.render(
            "demo/message.jte",
            Map.of(
                "t", messages(), "titleKey", titleKey, "textKey", textKey, "backLink", backLink));
    return html(status, page);
  }

  private void requireEnabled() {
    if (!mode.enabled()) {
      throw new NotFoundException();
    }
  }

  private Messages messages() {
    return Messages.forRequest(headers);
  }

  private static Response html(int status, String page) {
    return Response.status(status)
        .type(HTML)
        .entity(page)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
