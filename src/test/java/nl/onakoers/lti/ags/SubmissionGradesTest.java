package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.session.LaunchSession;
import org.junit.jupiter.api.Test;

class SubmissionGradesTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:35:00Z");

  private static final LineItemRequest RK3 =
      new LineItemRequest("3", "RK3", "resultaatkaart", "Resultaatkaart RK3", 12);

  private final List<Object[]> queued = new ArrayList<>();
  private final ScoreQueue queue =
      new ScoreQueue() {
        @Override
        public long enqueue(String registration, URI lineItem, Score score) {
          queued.add(new Object[] {registration, lineItem, score});
          return queued.size();
        }

        @Override
        public long enqueue(
            String registration, LineItemTarget target, Score score, String cardRowId) {
          queued.add(new Object[] {registration, target, score, cardRowId});
          return queued.size();
        }
      };
  private final SubmissionGrades grades =
      new SubmissionGrades(queue, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aLearnersSubmissionOnTheDeepLinkedRk3LinkQueuesSubmittedPendingManual() {
    boolean sent = grades.queueSubmitted(session(false, moodleAgsClaim()), RK3, "card-1");

    assertThat(sent).isTrue();
    assertThat(queued).hasSize(1);
    assertThat(queued.get(0)[0]).isEqualTo("moodle");
    assertThat(queued.get(0)[1])
        .isEqualTo(
            URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/5/lineitem?type_id=2"));
    Score score = (Score) queued.get(0)[2];
    assertThat(score.userId()).isEqualTo("4");
    assertThat(score.activityProgress()).isEqualTo(ActivityProgress.SUBMITTED);
    assertThat(score.gradingProgress()).isEqualTo(GradingProgress.PENDING_MANUAL);
    assertThat(score.scoreGiven()).isNull();
    assertThat(score.timestamp()).isEqualTo(NOW);
  }

  @Test
  void aLaunchWithOnlyTheContainerQueuesForTheCardsLineItemTarget() {
    Map<String, Object> containerOnly = new LinkedHashMap<>(moodleAgsClaim());
    containerOnly.remove("lineitem");

    boolean sent = grades.queueSubmitted(session(false, containerOnly), RK3, "card-1");

    assertThat(sent).isTrue();
    assertThat(queued).hasSize(1);
    LineItemTarget target = (LineItemTarget) queued.get(0)[1];
    assertThat(target.lineItems())
        .hasToString("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2");
    assertThat(target.wanted()).isEqualTo(RK3);
    assertThat(((Score) queued.get(0)[2]).gradingProgress())
        .isEqualTo(GradingProgress.PENDING_MANUAL);
    assertThat(queued.get(0)[3]).isEqualTo("card-1");
  }

  @Test
  void nothingIsQueuedForACoachOrWithoutTheScopesToScoreOrToCreateALineItem() {
    Map<String, Object> noLineItem = new LinkedHashMap<>(moodleAgsClaim());
    noLineItem.remove("lineitem");
    Map<String, Object> mayNotCreate = new LinkedHashMap<>(noLineItem);
    mayNotCreate.put("scope", List.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM_READONLY));
    Map<String, Object> noScoreScope = new LinkedHashMap<>(moodleAgsClaim());
    noScoreScope.put("scope", List.of(LtiClaims.SCOPE_LINEITEM_READONLY));
    Map<String, Object> nothing = new LinkedHashMap<>(noLineItem);
    nothing.remove("lineitems");

    assertThat(grades.queueSubmitted(session(true, moodleAgsClaim()), RK3, "c")).isFalse();
    assertThat(grades.queueSubmitted(session(false, mayNotCreate), RK3, "c")).isFalse();
    assertThat(grades.queueSubmitted(session(false, noScoreScope), RK3, "c")).isFalse();
    assertThat(grades.queueSubmitted(session(false, nothing), RK3, "c")).isFalse();
    assertThat(grades.queueSubmitted(session(false, null), RK3, "c")).isFalse();
    assertThat(queued).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> moodleAgsClaim() {
    return (Map<String, Object>)
        MoodleFixtures.decodedClaims("student1-rk3").get(LtiClaims.AGS_ENDPOINT);
  }

  private static LaunchSession session(boolean coach, Map<String, Object> ags) {
    Map<String, String> services =
        ags == null ? Map.of() : Map.of(LtiClaims.AGS_ENDPOINT, JSONObjectUtils.toJSONString(ags));
    return new LaunchSession(
        "id",
        "moodle",
        "2",
        coach ? "3" : "4",
        null,
        null,
        "2",
        "LTI Probe Course",
        "3",
        LtiClaims.RESOURCE_LINK_REQUEST,
        List.of(),
        coach,
        false,
        Map.of("card", "RK3"),
        services,
        null,
        null,
        NOW,
        NOW.plusSeconds(3600));
  }
}
