package nl.onakoers.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.ags.ScoreOutbox;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.content.QuestionBank;
import nl.onakoers.ona.review.ReviewForm;
import nl.onakoers.ona.review.ReviewProblem;
import nl.onakoers.ona.review.ReviewRepository;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;

/**
 * Renders the coach's pages: the cards of the course, the handed-in cards of one kind, and the
 * review page. Everything is read within the coach's course (registration + context).
 */
@ApplicationScoped
public class CoachPages {

  @Inject ContentCatalog content;
  @Inject QuestionBank questionBank;
  @Inject ParticipantCardRepository cards;
  @Inject ReviewRepository reviews;
  @Inject ParticipantNames participantNames;
  @Inject ScoreOutbox outbox;
  @Inject Templates templates;
  @Inject Clock clock;

  static Course course(LaunchSession session) {
    return new Course(session.registrationId(), session.contextId());
  }

  /** The page the coach's link points at: a card's submissions, or the list of cards. */
  Response forLink(LaunchSession session, String token, Messages t) {
    String card = session.custom().get("card");
    if (card == null && session.custom().get("module") != null) {
      card = content.module(session.custom().get("module")).map(m -> m.card().id()).orElse(null);
    }
    if (card != null && content.moduleOfCard(card).isPresent()) {
      return submissions(session, token, t, content.moduleOfCard(card).get(), "", 200);
    }
    return cards(session, token, t);
  }

  /**
   * The coach's start page: every card of the course and the way to the group overview. It has its
   * own address because {@code /app} of a card link opens that card's submissions.
   */
  Response cards(LaunchSession session, String token, Messages t) {
    return html(
        "coach/cards.jte",
        Map.of("t", t, "token", token, "session", session, "modules", content.modules()));
  }

  Response submissions(
      LaunchSession session, String token, Messages t, Module module, String notice, int status) {
    Course course = course(session);
    List<ParticipantCard> handedIn = cards.findHandedIn(course, module.card().id());
    Map<String, String> names =
        participantNames.of(session, handedIn.stream().map(c -> c.owner().userId()).toList());
    Instant now = Instant.now(clock);
    List<SubmissionRow> rows =
        handedIn.stream()
            .sorted(Comparator.comparing((ParticipantCard c) -> !c.status().reviewable()))
            .map(c -> row(c, names, t, now))
            .toList();
    return html(
        "coach/submissions.jte",
        Map.of("t", t, "token", token, "module", module, "rows", rows, "notice", notice),
        status);
  }

  private SubmissionRow row(ParticipantCard c, Map<String, String> names, Messages t, Instant now) {
    return new SubmissionRow(
        c.id(),
        names.getOrDefault(c.owner().userId(), c.owner().userId()),
        CoachTimes.when(c.submittedAt()),
        c.status().messageKey(),
        c.status().reviewable() ? CoachTimes.waiting(t, c.submittedAt(), now) : "",
        GradeDelivery.of(outbox.latestForCard(c.id())));
  }

  /**
   * The review page for a card of the course, with what the coach typed so far ({@code null}: a
   * fresh form at the card's version).
   */
  Response review(
      LaunchSession session,
      String token,
      Messages t,
      ParticipantCard card,
      ReviewForm typed,
      List<ReviewProblem> problems,
      String notice,
      int status) {
    Module module = content.moduleOfCard(card.cardId(), card.contentVersion()).orElseThrow();
    ReviewForm form =
        typed != null ? typed : new ReviewForm(card.version(), Map.of(), List.of(), "", Map.of());
    String userId = card.owner().userId();
    String name = participantNames.of(session, List.of(userId)).get(userId);
    ReviewPage page =
        new ReviewPage(
            t,
            token,
            module,
            card,
            name,
            reviews.history(card.id()),
            form,
            problems,
            questionBank.forModule(module.id()),
            GradeDelivery.of(outbox.latestForCard(card.id())),
            notice);
    return html("coach/review.jte", Map.of("page", page), status);
  }

  private Response html(String template, Map<String, Object> parameters) {
    return html(template, parameters, 200);
  }

  private Response html(String template, Map<String, Object> parameters, int status) {
    return Response.status(status)
        .entity(templates.render(template, parameters))
        .type("text/html;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .build();
  }
}
