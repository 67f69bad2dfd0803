package nl.onakoers.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;

/**
 * Receives the coach's choice in the deep-linking picker. The session token comes in the form; the
 * answer is a page that posts the signed response to the platform.
 */
@Path("app/deep-link")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DeepLinkResource {

  /** The form field of each chosen module or card id. */
  public static final String ITEM_PARAMETER = "item";

  @Inject LaunchSessions sessions;
  @Inject DeepLinkPages pages;
  @Inject ErrorPage errorPage;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response choose(
      @FormParam(HomeResource.SESSION_PARAMETER) String token,
      @FormParam(ITEM_PARAMETER) List<String> items) {
    LaunchSession session = sessions.resolve(token).orElse(null);
    if (session == null) {
      return errorPage.render(
          401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), null);
    }
    return pages.respond(session, token, items);
  }
}
