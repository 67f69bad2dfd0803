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

  private final List<Object[]> queued = new ArrayList<>();
  private final SubmissionGrades grades =
      new SubmissionGrades(
          (registration, lineItem, score) -> {
            queued.add(new Object[] {registration, lineItem, score});
            return queued.size();
          },
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aLearnersSubmissionOnTheDeepLinkedRk3LinkQueuesSubmittedPendingManual() {
    boolean sent = grades.queueSubmitted(session(false, moodleAgsClaim()), "RK3");

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
  void nothingIsQueuedForACoachWithoutALineItemOrWithoutTheScoreScope() {
    Map<String, Object> noLineItem = new LinkedHashMap<>(moodleAgsClaim());
    noLineItem.remove("lineitem");
    Map<String, Object> noScoreScope = new LinkedHashMap<>(moodleAgsClaim());
    noScoreScope.put("scope", List.of(LtiClaims.SCOPE_LINEITEM_READONLY));

    assertThat(grades.queueSubmitted(session(true, moodleAgsClaim()), "RK3")).isFalse();
    assertThat(grades.queueSubmitted(session(false, noLineItem), "RK3")).isFalse();
    assertThat(grades.queueSubmitted(session(false, noScoreScope), "RK3")).isFalse();
    assertThat(grades.queueSubmitted(session(false, null), "RK3")).isFalse();
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
