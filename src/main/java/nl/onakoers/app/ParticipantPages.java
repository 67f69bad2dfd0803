package nl.onakoers.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.ona.card.CardFinding;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.StepProgressRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.evidence.EvidenceUploads;
import nl.onakoers.ona.review.Review;
import nl.onakoers.ona.review.ReviewRepository;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;

/** Renders the participant's pages: the module overview, a module, and a result card. */
@ApplicationScoped
public class ParticipantPages {

  @Inject ContentCatalog content;
  @Inject StepProgressRepository steps;
  @Inject ParticipantCardRepository cards;
  @Inject ResultCards resultCards;
  @Inject ReviewRepository reviews;
  @Inject Templates templates;
  @Inject ErrorPage errorPage;
  @Inject EvidenceUploads evidence;

  static CardOwner owner(LaunchSession session) {
    return new CardOwner(session.registrationId(), session.contextId(), session.userId());
  }

  /** The page the resource link points at: a card, a module or the overview. */
  Response forLink(LaunchSession session, String token) {
    String card = session.custom().get("card");
    if (card != null) {
      return card(session, token, card, List.of(), "");
    }
    String module = session.custom().get("module");
    return module != null ? module(session, token, module) : overview(session, token);
  }

  Response overview(LaunchSession session, String token) {
    CardOwner owner = owner(session);
    Map<String, String> statuses = new HashMap<>();
    cards.findAll(owner).forEach(c -> statuses.put(c.cardId(), c.status().messageKey()));
    return html(
        "participant/overview.jte",
        Map.of(
            "t",
            messages(session),
            "token",
            token,
            "name",
            session.userName() == null ? "" : session.userName(),
            "modules",
            content.modules(),
            "done",
            steps.doneCounts(owner),
            "statuses",
            statuses));
  }

  Response module(LaunchSession session, String token, String moduleId) {
    Module module = content.module(moduleId).orElse(null);
    if (module == null) {
      return unknown(session);
    }
    return html(
        "participant/module.jte",
        Map.of(
            "t",
            messages(session),
            "token",
            token,
            "module",
            module,
            "done",
            steps.doneSteps(owner(session), moduleId)));
  }

  Response card(
      LaunchSession session,
      String token,
      String cardId,
      List<CardFinding> findings,
      String notice) {
    Module module = content.moduleOfCard(cardId).orElse(null);
    if (module == null) {
      return unknown(session);
    }
    ParticipantCard card = resultCards.open(owner(session), module);
    Module asWritten = content.asWritten(module, card.contentVersion());
    return cardPage(session, token, asWritten, card, findings, notice, 200);
  }

  /**
   * The module as the owner's card of it was first written: a card's fields, limits and rubric
   * never change under it when the content gets a new version.
   */
  Module asWritten(CardOwner owner, Module current) {
    return content.asWritten(current, resultCards.open(owner, current).contentVersion());
  }

  Response cardPage(
      LaunchSession session,
      String token,
      Module module,
      ParticipantCard card,
      List<CardFinding> findings,
      String notice,
      int status) {
    return cardPage(session, token, module, card, findings, notice, status, null, null);
  }

  /** The card page after an evidence upload or removal; the problem is shown at its field. */
  Response evidencePage(
      LaunchSession session,
      String token,
      Module module,
      String notice,
      String problemField,
      String problemKey,
      int status) {
    ParticipantCard card = resultCards.open(owner(session), module);
    Module asWritten = content.asWritten(module, card.contentVersion());
    return cardPage(
        session, token, asWritten, card, List.of(), notice, status, problemField, problemKey);
  }

  private Response cardPage(
      LaunchSession session,
      String token,
      Module module,
      ParticipantCard card,
      List<CardFinding> findings,
      String notice,
      int status,
      String problemField,
      String problemKey) {
    Review review = card.stored() ? reviews.latest(card.id()).orElse(null) : null;
    CardPage page = new CardPage(messages(session), token, module, card, findings, notice, review);
    EvidenceView evidenceView =
        new EvidenceView(
            messages(session),
            token,
            module.card(),
            evidence.enabled(),
            evidence.maxBytes(),
            card.status().editable(),
            evidence.list(owner(session), card.cardId()),
            problemField,
            problemKey);
    HistoryView history =
        new HistoryView(messages(session), cards.history(owner(session), card.cardId()));
    return Response.status(status)
        .entity(
            templates.render(
                "participant/card.jte",
                Map.of("page", page, "evidence", evidenceView, "history", history)))
        .type("text/html;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .build();
  }

  Response unknown(LaunchSession session) {
    return errorPage.render(
        404, "content.unknown", "CONTENT-UNKNOWN", ErrorReference.next(), session.locale());
  }

  private Response html(String template, Map<String, Object> parameters) {
    return Response.ok(templates.render(template, parameters))
        .type("text/html;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Messages messages(LaunchSession session) {
    return Messages.forLanguage(session.locale());
  }
}
