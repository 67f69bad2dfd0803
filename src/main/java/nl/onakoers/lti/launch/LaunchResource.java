package nl.onakoers.lti.launch;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.app.HomeResource;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.login.LoginStateRepository;
import nl.onakoers.lti.login.StateCookie;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.lti.session.LaunchSessions.OpenedSession;
import nl.onakoers.web.Messages;
import nl.onakoers.web.QueryString;
import nl.onakoers.web.Templates;

/**
 * The redirect URIs {@code /lti/launch} and {@code /lti/deep-link}, where the platform's page posts
 * the id_token. Before validation it climbs the browser-binding ladder: a state cookie is best;
 * without one, platform storage is read back by a small page that re-posts the form; when neither
 * can work, the person is offered a new window. A valid launch opens a session and redirects (303)
 * to the role's first page with the session token in the URL.
 */
@Path("lti")
public class LaunchResource {

  private static final Logger LOG = Logger.getLogger(LaunchResource.class.getName());

  @Inject LaunchValidator validator;
  @Inject LaunchSessions sessions;
  @Inject LoginStateRepository loginStates;
  @Inject RegistrationRepository registrations;
  @Inject Templates templates;
  @Inject Settings settings;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @POST
  @Path("launch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resourceLink(MultivaluedMap<String, String> form) {
    return launch(form, LaunchEndpoint.RESOURCE_LINK);
  }

  @POST
  @Path("deep-link")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response deepLinking(MultivaluedMap<String, String> form) {
    return launch(form, LaunchEndpoint.DEEP_LINKING);
  }

  private Response launch(MultivaluedMap<String, String> form, LaunchEndpoint endpoint) {
    if (form.getFirst("error") != null) {
      throw LaunchRejectedException.platformError(form.getFirst("error"));
    }
    String state = form.getFirst("state");
    String cookieState = state == null ? null : cookie(StateCookie.name(state));
    String storageProof = sameOriginPost() ? blankToNull(form.getFirst("lti_storage_proof")) : null;

    if (cookieState == null && storageProof == null) {
      Optional<Response> detour = bindingDetour(form, endpoint, state);
      if (detour.isPresent()) {
        return detour.get();
      }
    }

    ValidatedLaunch launch =
        validator.validate(
            new LaunchRequest(
                form.getFirst("id_token"), state, cookieState, storageProof, endpoint));
    OpenedSession session = sessions.open(new SessionFromLaunch(launch));
    URI next =
        URI.create(settings.url("/app?" + HomeResource.SESSION_PARAMETER + "=") + session.token());
    return Response.seeOther(next)
        .header(HttpHeaders.SET_COOKIE, StateCookie.expired(state))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /**
   * Without a state cookie or storage proof, a live state gets a second chance: the storage page
   * when the platform offered storage (and it was not tried yet), else the new-window page.
   * Unknown, used or expired states go on to the validator, which names the reason.
   */
  private Optional<Response> bindingDetour(
      MultivaluedMap<String, String> form, LaunchEndpoint endpoint, String state) {
    Optional<LoginState> issued = state == null ? Optional.empty() : loginStates.find(state);
    Instant now = Instant.now(clock);
    if (issued.isEmpty() || issued.get().isUsed() || issued.get().isExpiredAt(now)) {
      return Optional.empty();
    }

    LoginState login = issued.get();
    boolean storageTried = "1".equals(form.getFirst("lti_storage_failed"));
    if (login.usesPlatformStorage() && !storageTried) {
      return Optional.of(storageCheckPage(form, endpoint, login));
    }
    return Optional.of(newWindowPage(login));
  }

  /**
   * The last rung: this browser keeps no cookie in the LMS frame and offers no storage. A new
   * top-level window has first-party cookies, so the login is restarted there. The state stays
   * unspent; it expires on its own.
   */
  private Response newWindowPage(LoginState login) {
    Registration registration = registrations.find(login.registrationId()).orElse(null);
    LOG.log(
        Level.INFO,
        "{0}: no state cookie and no platform storage; offered a new window (registration {1})",
        new Object[] {LaunchError.STATE_NOT_BOUND.code(), login.registrationId()});
    String page =
        templates.render(
            "lti/new-window.jte",
            Map.of("t", messages(), "restartUrl", restartUrl(login, registration)));
    return Response.status(LaunchError.STATE_NOT_BOUND.httpStatus())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private String restartUrl(LoginState login, Registration registration) {
    if (registration == null) {
      return login.targetLinkUri();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", registration.issuer());
    parameters.put("client_id", registration.clientId());
    parameters.put("login_hint", login.loginHint());
    parameters.put("target_link_uri", login.targetLinkUri());
    if (login.messageHint() != null) {
      parameters.put("lti_message_hint", login.messageHint());
    }
    if (login.deploymentHint() != null) {
      parameters.put("lti_deployment_id", login.deploymentHint());
    }
    return settings.url("/lti/login?") + QueryString.of(parameters);
  }

  private Response storageCheckPage(
      MultivaluedMap<String, String> form, LaunchEndpoint endpoint, LoginState login) {
    String page =
        templates.render(
            "lti/launch-storage.jte",
            Map.of(
                "t", messages(),
                "action", settings.url(endpoint.path()),
                "idToken", String.valueOf(form.getFirst("id_token")),
                "state", login.state(),
                "storageTarget", login.storageTarget()));
    return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /**
   * Whether the browser says this POST came from one of the tool's own pages. A storage proof is
   * only worth something from the tool's storage-check page: the proof is the state, which an
   * attacker who ran a login of their own knows, so a forged cross-site form could carry it.
   * Browsers set {@code Origin} on every POST and the attacker's page cannot change it.
   */
  private boolean sameOriginPost() {
    String origin = headers.getHeaderString("Origin");
    if (origin != null) {
      return origin.equals(toolOrigin());
    }
    return "same-origin".equals(headers.getHeaderString("Sec-Fetch-Site"));
  }

  private String toolOrigin() {
    URI base = settings.baseUrl();
    String port = base.getPort() < 0 ? "" : ":" + base.getPort();
    return base.getScheme() + "://" + base.getHost() + port;
  }

  private String cookie(String name) {
    Cookie cookie = headers.getCookies().get(name);
    return cookie == null ? null : blankToNull(cookie.getValue());
  }

  private Messages messages() {
    return Messages.forRequest(headers);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
