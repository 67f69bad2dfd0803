package nl.onakoers.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.ona.overview.OverviewQuery;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;

/**
 * The coach's group overview ({@code /app/overview?s=}) and one participant's page ({@code
 * /app/overview/participant?s=&user=}). Only a coach session of a course gets them (a learner gets
 * 403); the course is the session's, and a user outside it is a 404.
 */
@Path("app/overview")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class GroupOverviewResource {

  private static final Logger LOG = Logger.getLogger(GroupOverviewResource.class.getName());

  @Inject LaunchSessions sessions;
  @Inject GroupOverviewPages pages;
  @Inject ErrorPage errorPage;

  @GET
  public Response overview(
      @QueryParam("s") String token,
      @QueryParam("status") String status,
      @QueryParam("card") String card,
      @QueryParam("signals") String signals,
      @QueryParam("sort") String sort) {
    Optional<LaunchSession> session = sessions.resolve(token);
    if (session.isEmpty()) {
      return expired();
    }
    Response refusal = refused(session.get());
    if (refusal != null) {
      return refusal;
    }

    var query = OverviewQuery.parse(status, card, signals, sort, pages.cardIds());
    return html(pages.overviewPage(session.get(), token, query));
  }

  @GET
  @Path("participant")
  public Response participant(@QueryParam("s") String token, @QueryParam("user") String userId) {
    Optional<LaunchSession> session = sessions.resolve(token);
    if (session.isEmpty()) {
      return expired();
    }
    Response refusal = refused(session.get());
    if (refusal != null) {
      return refusal;
    }

    return pages
        .participantPage(session.get(), token, userId == null ? "" : userId)
        .map(GroupOverviewResource::html)
        .orElseGet(() -> problem(session.get(), 404, "overview.unknown", "PARTICIPANT-UNKNOWN"));
  }

  /** The error page for a session that may not see an overview, or null when it may. */
  private Response refused(LaunchSession session) {
    return GroupOverviewPages.refusal(session)
        .map(r -> problem(session, r.status(), r.messageKey(), r.errorCode()))
        .orElse(null);
  }

  private static Response html(String page) {
    return Response.ok(page)
        .type("text/html;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .build();
  }

  private Response problem(LaunchSession session, int status, String key, String code) {
    String reference = ErrorReference.next();
    LOG.log(
        Level.INFO,
        "Group overview refused ({0} {1}, reference {2}) for {3}",
        new Object[] {status, code, reference, session});
    return errorPage.render(status, key, code, reference, session.locale());
  }

  private Response expired() {
    return errorPage.render(
        401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), null);
  }
}
