package nl.onakoers.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;
import nl.onakoers.web.Messages;

/**
 * The first page after a launch, chosen by role: a participant's start page or a coach's. The
 * session token arrives in the URL ({@code ?s=}); the page never sets a cookie.
 */
@Path("app")
public class HomeResource {

  /** Name of the query or form parameter that carries the session token. */
  public static final String SESSION_PARAMETER = "s";

  @Inject LaunchSessions sessions;
  @Inject ErrorPage errorPage;
  @Inject ParticipantPages participantPages;
  @Inject DeepLinkPages deepLinkPages;
  @Inject CoachPages coachPages;

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public Response home(@QueryParam(SESSION_PARAMETER) String token) {
    LaunchSession session = sessions.resolve(token).orElse(null);
    if (session == null) {
      return errorPage.render(
          401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), null);
    }

    if (DeepLinkPages.isDeepLinking(session)) {
      return deepLinkPages.picker(session, token);
    }
    Messages messages = Messages.forLanguage(session.locale());
    if (!session.coach() && !Roles.of(session.roles()).isParticipant()) {
      return errorPage.render(
          403, "home.norole", "ROLE-NOT-SUPPORTED", ErrorReference.next(), session.locale());
    }
    if (!session.coach()) {
      return participantPages.forLink(session, token);
    }
    return coachPages.forLink(session, token, messages);
  }
}
