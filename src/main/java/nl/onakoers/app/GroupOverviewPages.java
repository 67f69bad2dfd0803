package nl.onakoers.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.nrps.CourseRoster;
import nl.onakoers.lti.nrps.Roster;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.overview.CourseActivity;
import nl.onakoers.ona.overview.CourseActivityRepository;
import nl.onakoers.ona.overview.GroupMatrix;
import nl.onakoers.ona.overview.GroupOverview;
import nl.onakoers.ona.overview.OverviewQuery;
import nl.onakoers.ona.overview.ParticipantRow;
import nl.onakoers.ona.overview.SignalThresholds;
import nl.onakoers.ona.overview.WensberoepConsistency;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;

/**
 * Builds and renders the coach's group overview and participant pages for a coach session. The
 * course is always the session's registration and context; nothing in the request can widen it.
 */
@ApplicationScoped
public class GroupOverviewPages {

  /** The result card whose answers hold the wensberoep, and its field ids (content/M3.yaml). */
  static final String WENSBEROEP_CARD = "RK3";

  @Inject CourseRoster roster;
  @Inject CourseActivityRepository activity;
  @Inject ParticipantCardRepository cards;
  @Inject ContentCatalog content;
  @Inject Templates templates;
  @Inject Settings settings;
  @Inject Clock clock;

  /** The matrix of the session's course, roster included when the platform gives it. */
  GroupOverview overview(LaunchSession session) {
    Roster members = roster.of(session, Optional.empty());
    Instant now = Instant.now(clock);
    CourseActivity course = activity.activity(session.registrationId(), session.contextId(), now);
    Map<String, Set<String>> offWensberoep =
        WensberoepConsistency.offWensberoep(
            session.registrationId(), session.contextId(), course, cards);
    return GroupMatrix.build(
        members, course, offWensberoep, cardIds(), now, SignalThresholds.from(settings));
  }

  /** Why a session may not see the overview: its HTTP status, message key and error code. */
  record Refusal(int status, String messageKey, String errorCode) {}

  /** Empty when the session is a coach's launch into a course; otherwise why not. */
  static Optional<Refusal> refusal(LaunchSession session) {
    if (!session.coach()) {
      return Optional.of(new Refusal(403, "overview.forbidden", "COACH-ONLY"));
    }
    if (session.contextId() == null) {
      return Optional.of(new Refusal(404, "overview.nocourse", "NO-COURSE"));
    }
    return Optional.empty();
  }

  String overviewPage(LaunchSession session, String token, OverviewQuery query) {
    GroupOverview overview = overview(session);
    var page =
        new GroupOverviewPage(
            messages(session),
            token,
            session.contextTitle() == null ? "" : session.contextTitle(),
            overview,
            query,
            content.modules());
    return html("coach/overview.jte", page);
  }

  /** The participant's page, or empty when the person is not part of the session's course. */
  Optional<String> participantPage(LaunchSession session, String token, String userId) {
    GroupOverview overview = overview(session);
    Optional<ParticipantRow> row = overview.row(userId);
    if (row.isEmpty()) {
      return Optional.empty();
    }

    Answers rk3 =
        cards
            .find(
                new CardOwner(session.registrationId(), session.contextId(), userId),
                WENSBEROEP_CARD)
            .map(ParticipantCard::answers)
            .orElse(Answers.none());
    Messages t = messages(session);
    var page =
        new ParticipantOverviewPage(
            t,
            token,
            row.get(),
            overview.rosterUsed(),
            content.modules(),
            rk3.value("wensberoep"),
            sectorLabel(rk3.value("sector"), t),
            rk3.value("plan-b"));
    return Optional.of(html("coach/participant.jte", page));
  }

  private String sectorLabel(String optionId, Messages t) {
    return content
        .moduleOfCard(WENSBEROEP_CARD)
        .flatMap(m -> m.card().field("sector"))
        .flatMap(f -> f.options().stream().filter(o -> o.id().equals(optionId)).findFirst())
        .map(o -> o.label().in(t.language()))
        .orElse("");
  }

  List<String> cardIds() {
    return content.modules().stream().map(Module::card).map(c -> c.id()).toList();
  }

  private String html(String template, Object page) {
    return templates.render(template, Map.of("page", page));
  }

  private static Messages messages(LaunchSession session) {
    return Messages.forLanguage(session.locale());
  }
}
