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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.onakoers.lti.ags.ScoreOutbox;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.card.StaleCardException;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.QuestionBank;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.ona.review.CardReviews;
import nl.onakoers.ona.review.NotAwaitingReviewException;
import nl.onakoers.ona.review.ReviewDecision;
import nl.onakoers.ona.review.ReviewForm;
import nl.onakoers.ona.review.ReviewRejectedException;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;
import nl.onakoers.web.Messages;

/**
 * The coach's pages under {@code /app/c/}: the course's cards, the handed-in cards of one kind, the
 * review page and its actions, and sending a failed grade again. Only a coach session (Instructor
 * or TeachingAssistant in the context) gets in; a learner's session gets 403. A card is addressed
 * by its row id, and only within the session's registration and course; any other id is a 404.
 */
@Path("app/c")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CoachResource {

  @Inject LaunchSessions sessions;
  @Inject CoachPages pages;
  @Inject ContentCatalog content;
  @Inject QuestionBank questionBank;
  @Inject ParticipantCardRepository cards;
  @Inject CardReviews cardReviews;
  @Inject ScoreOutbox outbox;
  @Inject ErrorPage errorPage;
  @Context HttpHeaders headers;

  @GET
  @Path("cards")
  public Response cards(@QueryParam("s") String token) {
    return asCoach(token, session -> pages.cards(session, token, messages(session)));
  }

  @GET
  @Path("cards/{card}")
  public Response submissions(@PathParam("card") String cardId, @QueryParam("s") String token) {
    return asCoach(
        token,
        session ->
            content
                .moduleOfCard(cardId)
                .map(m -> pages.submissions(session, token, messages(session), m, "", 200))
                .orElseGet(() -> notFound(session)));
  }

  @GET
  @Path("reviews/{row}")
  public Response review(@PathParam("row") String rowId, @QueryParam("s") String token) {
    return asCoach(
        token,
        session ->
            card(session, rowId)
                .map(
                    c ->
                        pages.review(
                            session, token, messages(session), c, null, List.of(), "", 200))
                .orElseGet(() -> notFound(session)));
  }

  @POST
  @Path("reviews/{row}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(@PathParam("row") String rowId, MultivaluedMap<String, String> form) {
    String token = form.getFirst("s");
    return asCoach(
        token,
        session ->
            card(session, rowId)
                .map(c -> decide(session, token, c, form))
                .orElseGet(() -> notFound(session)));
  }

  @POST
  @Path("grades/{row}/retry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response retry(@PathParam("row") String rowId, @FormParam("s") String token) {
    return asCoach(
        token,
        session ->
            card(session, rowId)
                .map(
                    c -> {
                      boolean queued = outbox.retryFailed(c.id()).isPresent();
                      Messages t = messages(session);
                      var module = content.moduleOfCard(c.cardId()).orElseThrow();
                      String notice = queued ? "coach.grade.retried" : "coach.grade.noretry";
                      return pages.submissions(session, token, t, module, notice, 200);
                    })
                .orElseGet(() -> notFound(session)));
  }

  private Response decide(
      LaunchSession session,
      String token,
      ParticipantCard card,
      MultivaluedMap<String, String> form) {
    Messages t = messages(session);
    ResultCard resultCard =
        content.moduleOfCard(card.cardId(), card.contentVersion()).orElseThrow().card();
    ReviewForm typed = ReviewFormReader.read(resultCard, form);
    String action = Optional.ofNullable(form.getFirst("action")).orElse("");
    if (action.equals("insert")) {
      return insertPrompt(session, token, t, card, typed, form);
    }
    Optional<ReviewDecision> decision =
        switch (action) {
          case "return" -> Optional.of(ReviewDecision.RETURNED);
          case "approve" -> Optional.of(ReviewDecision.APPROVED);
          default -> Optional.empty();
        };
    if (decision.isEmpty()) {
      return pages.review(session, token, t, card, typed, List.of(), "", 400);
    }
    return save(session, token, t, card, typed, decision.get());
  }

  private Response save(
      LaunchSession session,
      String token,
      Messages t,
      ParticipantCard card,
      ReviewForm typed,
      ReviewDecision decision) {
    try {
      cardReviews.review(CoachPages.course(session), session.userId(), card.id(), typed, decision);
      String notice = "coach.saved." + decision.kind();
      var module = content.moduleOfCard(card.cardId()).orElseThrow();
      return pages.submissions(session, token, t, module, notice, 200);
    } catch (ReviewRejectedException e) {
      return pages.review(session, token, t, card, typed, e.problems(), "", 400);
    } catch (StaleCardException e) {
      ParticipantCard newest = card(session, card.id()).orElse(card);
      ReviewForm again = atVersion(typed, newest.version());
      return pages.review(session, token, t, newest, again, List.of(), "coach.stale", 409);
    } catch (NotAwaitingReviewException e) {
      ParticipantCard newest = card(session, card.id()).orElse(card);
      return pages.review(session, token, t, newest, typed, List.of(), "coach.notwaiting", 409);
    }
  }

  private Response insertPrompt(
      LaunchSession session,
      String token,
      Messages t,
      ParticipantCard card,
      ReviewForm typed,
      MultivaluedMap<String, String> form) {
    ResultCard resultCard =
        content.moduleOfCard(card.cardId(), card.contentVersion()).orElseThrow().card();
    ReviewForm withPrompt =
        questionBank
            .prompt(Optional.ofNullable(form.getFirst("prompt")).orElse(""))
            .map(
                p ->
                    ReviewFormReader.withPrompt(
                        typed,
                        form.getFirst("prompt-target"),
                        p.text().in(t.language()),
                        resultCard))
            .orElse(typed);
    return pages.review(
        session, token, t, card, withPrompt, List.of(), "coach.prompt.inserted", 200);
  }

  private static ReviewForm atVersion(ReviewForm form, long version) {
    return new ReviewForm(
        version, form.levels(), form.checks(), form.overall(), form.fieldFeedback());
  }

  private Optional<ParticipantCard> card(LaunchSession session, String rowId) {
    return cards.findInCourse(CoachPages.course(session), rowId);
  }

  /** Runs the page for a coach session; 401 without a live session, 403 for anyone else. */
  private Response asCoach(String token, Function<LaunchSession, Response> page) {
    Optional<LaunchSession> session = sessions.resolve(token);
    if (session.isEmpty()) {
      return errorPage.render(
          401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), null);
    }
    if (!session.get().coach()) {
      return errorPage.render(
          403, "coach.forbidden", "COACH-ONLY", ErrorReference.next(), session.get().locale());
    }
    return page.apply(session.get());
  }

  private Response notFound(LaunchSession session) {
    return errorPage.render(
        404, "content.unknown", "CONTENT-UNKNOWN", ErrorReference.next(), session.locale());
  }

  /** The platform's language for the person, else the browser's. */
  private Messages messages(LaunchSession session) {
    return Messages.forLanguage(
        session.locale() != null ? session.locale() : Messages.preferredLanguage(headers));
  }
}
