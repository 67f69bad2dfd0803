package nl.onakoers.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.onakoers.db.UnitOfWork;
import nl.onakoers.lti.ags.LineItemRequest;
import nl.onakoers.lti.ags.SubmissionGrades;
import nl.onakoers.lti.deeplink.ContentItem;
import nl.onakoers.lti.deeplink.ContentItems;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.ona.card.CardNotEditableException;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.StaleCardException;
import nl.onakoers.ona.card.StepProgressRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.evidence.EvidenceUploads;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;
import nl.onakoers.web.Messages;

/**
 * The participant's module and card pages. The session token comes in the query ({@code ?s=}) or
 * the form; the owner of every card and step is taken from that session, never from the request.
 */
@Path("app/p")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ParticipantResource {

  @Context HttpHeaders headers;
  @Inject LaunchSessions sessions;
  @Inject ParticipantPages pages;
  @Inject ContentCatalog content;
  @Inject StepProgressRepository steps;
  @Inject ResultCards resultCards;
  @Inject SubmissionGrades submissionGrades;
  @Inject UnitOfWork unitOfWork;
  @Inject ErrorPage errorPage;
  @Inject Clock clock;
  @Inject EvidenceUploads evidence;

  @GET
  @Path("modules/{module}")
  public Response module(@PathParam("module") String moduleId, @QueryParam("s") String token) {
    return participant(token)
        .map(s -> pages.module(s, token, moduleId))
        .orElseGet(() -> refused(token));
  }

  @POST
  @Path("modules/{module}/steps/{step}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response markStep(
      @PathParam("module") String moduleId,
      @PathParam("step") String stepId,
      @FormParam("s") String token,
      @FormParam("done") String done) {
    Optional<LaunchSession> session = participant(token);
    if (session.isEmpty()) {
      return refused(token);
    }
    Optional<Module> module = content.module(moduleId).filter(m -> m.step(stepId).isPresent());
    if (module.isEmpty()) {
      return pages.unknown(session.get());
    }
    steps.mark(
        ParticipantPages.owner(session.get()),
        moduleId,
        stepId,
        "true".equals(done),
        Instant.now(clock));
    // Back to the step itself: the next Tab goes on from there, not from the top of the page.
    return Response.seeOther(
            URI.create("/app/p/modules/" + moduleId + "?s=" + token + "#step-" + stepId))
        .build();
  }

  @GET
  @Path("cards/{card}")
  public Response card(@PathParam("card") String cardId, @QueryParam("s") String token) {
    return participant(token)
        .map(s -> pages.card(s, token, cardId, List.of(), ""))
        .orElseGet(() -> refused(token));
  }

  @POST
  @Path("cards/{card}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveCard(@PathParam("card") String cardId, MultivaluedMap<String, String> form) {
    String token = form.getFirst("s");
    Optional<LaunchSession> session = participant(token);
    if (session.isEmpty()) {
      return refusedKeepingText(token, cardId, form);
    }
    Optional<Module> module = content.moduleOfCard(cardId);
    if (module.isEmpty()) {
      return pages.unknown(session.get());
    }
    Module asWritten = pages.asWritten(ParticipantPages.owner(session.get()), module.get());
    return save(session.get(), token, asWritten, form);
  }

  private Response save(
      LaunchSession session, String token, Module module, MultivaluedMap<String, String> form) {
    String action = Optional.ofNullable(form.getFirst("action")).orElse("save");
    var owner = ParticipantPages.owner(session);
    var answers = CardForm.read(module.card(), form, action);
    long version = parseVersion(form.getFirst("version"));
    try {
      if ("submit".equals(action)) {
        boolean confirmed = "yes".equals(form.getFirst("confirm"));
        String lineItem = SubmissionGrades.lineItem(session).orElse(null);
        // The card and its "submitted" score are written together or not at all.
        var result =
            unitOfWork.inOne(
                () -> {
                  var r =
                      resultCards.submit(
                          owner,
                          module,
                          answers,
                          version,
                          confirmed,
                          evidence.filedKeys(owner, module.card().id()),
                          lineItem);
                  if (r.submitted()) {
                    submissionGrades.queueSubmitted(
                        session, column(session, module), r.card().id());
                  }
                  return r;
                });
        String notice = result.submitted() ? "card.submitted" : "card.saved";
        return pages.cardPage(
            session,
            token,
            module,
            result.card(),
            result.submitted() ? List.of() : result.findings(),
            notice,
            200);
      }
      ParticipantCard saved = resultCards.saveDraft(owner, module, answers, version);
      if ("autosave".equals(action)) {
        return Response.ok("{\"version\":" + saved.version() + "}", MediaType.APPLICATION_JSON)
            .build();
      }
      return pages.cardPage(session, token, module, saved, List.of(), "card.saved", 200);
    } catch (StaleCardException e) {
      if ("autosave".equals(action)) {
        return Response.status(409)
            .type(MediaType.APPLICATION_JSON)
            .entity("{\"conflict\":true}")
            .build();
      }
      ParticipantCard current = resultCards.open(owner, module);
      return pages.cardPage(session, token, module, current, List.of(), "card.conflict", 409);
    } catch (CardNotEditableException e) {
      if ("autosave".equals(action)) {
        return Response.status(409)
            .type(MediaType.APPLICATION_JSON)
            .entity("{\"locked\":true}")
            .build();
      }
      return pages.cardPage(
          session, token, module, resultCards.open(owner, module), List.of(), "card.locked", 409);
    }
  }

  /**
   * The card's grade column as the tool creates it when the launch names only the container; in
   * Dutch, because the column is shared by the whole course.
   */
  private static LineItemRequest column(LaunchSession session, Module module) {
    ContentItem.LineItem column = ContentItems.card(module, "nl").lineItem().orElseThrow();
    return new LineItemRequest(
        session.resourceLinkId(),
        column.resourceId(),
        column.tag(),
        column.label(),
        column.scoreMaximum());
  }

  private static long parseVersion(String text) {
    try {
      return text == null ? 0 : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Optional<LaunchSession> participant(String token) {
    return sessions.resolve(token).filter(s -> !s.coach() && Roles.of(s.roles()).isParticipant());
  }

  /**
   * Why a request without a participant's session is refused: a live session of someone else (a
   * coach) gets a page that says these pages are for participants; no session is "expired".
   */
  private Response refused(String token) {
    Optional<LaunchSession> other = sessions.resolve(token);
    if (other.isPresent()) {
      return errorPage.render(
          403, "participant.only", "PARTICIPANT-ONLY", ErrorReference.next(), other.get().locale());
    }
    return errorPage.render(
        401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), null);
  }

  /**
   * Like {@link #refused}, for a card form posted without JavaScript after the session ran out: the
   * page shows what was typed, because the tool cannot store it without knowing who it is.
   */
  private Response refusedKeepingText(
      String token, String cardId, MultivaluedMap<String, String> form) {
    Optional<Module> module = content.moduleOfCard(cardId);
    if (sessions.resolve(token).isPresent() || module.isEmpty()) {
      return refused(token);
    }
    String language = Messages.preferredLanguage(headers);
    var typed = TypedAnswers.of(module.get().card(), form, language);
    return errorPage.render(
        401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), language, typed);
  }
}
