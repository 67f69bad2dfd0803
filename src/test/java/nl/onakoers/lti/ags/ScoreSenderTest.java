package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.api.Test;

class ScoreSenderTest {

  private static final URI ITEM_3 =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem?type_id=2");
  private static final URI ITEM_5 =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/5/lineitem?type_id=2");

  private final StubPlatform platform = new StubPlatform();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T15:33:00Z"));
  private final ScoreSender sender =
      new ScoreSender(
          new AccessTokens(FixtureToolKeys.toolKeys(), platform, clock), platform, clock);
  private final Registration moodle = MoodleFixtures.registration();

  @Test
  void submittedPendingManualHasTheShapeMoodleAccepted() throws Exception {
    platform.answer("token-request.json").answer("ags-score-post-pending.json");
    Score pending =
        new Score(
            "4",
            Instant.parse("2026-12-03T15:33:05.643Z"),
            ActivityProgress.SUBMITTED,
            GradingProgress.PENDING_MANUAL,
            null,
            null,
            null);

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, pending);

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.ACCEPTED);
    assertSentAsCaptured("ags-score-post-pending.json");
  }

  @Test
  void fullyGradedWithCommentHasTheShapeMoodleAccepted() throws Exception {
    platform.answer("token-request.json").answer("ags-score-post-fullygraded.json");

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:33:07.718", 17.0));

    assertThat(outcome.isAccepted()).isTrue();
    assertSentAsCaptured("ags-score-post-fullygraded.json");
  }

  @Test
  void theLogDoesNotNameThePerson() {
    platform.answer("token-request.json").answer("ags-score-post-fullygraded.json");
    List<String> lines = new java.util.ArrayList<>();
    var logger = java.util.logging.Logger.getLogger(ScoreSender.class.getName());
    var handler =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      sender.send(moodle, ITEM_3, fullyGraded("user-sub-4711", "15:33:07.718", 17.0));
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(lines)
        .as("an erased person's id would stay in the log")
        .isNotEmpty()
        .noneMatch(line -> line.contains("user-sub-4711"));
  }

  @Test
  void repeatedTimestampIsAConflict() {
    platform.answer("token-request.json").answer("ags-score-error-same-timestamp.json");

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:33:07.718", 19.0));

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.CONFLICT);
    assertThat(outcome.status()).isEqualTo(409);
  }

  @Test
  void laterTimestampInTheSameSecondIsAConflictToo() {
    platform.answer("token-request.json").answer("ags-score-error-same-second.json");
    Score sameSecond =
        new Score(
            "5",
            Instant.parse("2026-12-03T15:34:34.900Z"),
            ActivityProgress.COMPLETED,
            GradingProgress.FULLY_GRADED,
            7.0,
            12.0,
            null);

    ScoreOutcome outcome = sender.send(moodle, ITEM_5, sameSecond);

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.CONFLICT);
  }

  @Test
  void userWhoIsNotGradableIsRejected() {
    platform.answer("token-request.json").answer("ags-score-error-not-gradable.json");
    Score teacher =
        new Score(
            "3",
            Instant.parse("2026-12-03T15:33:10.439Z"),
            ActivityProgress.COMPLETED,
            GradingProgress.FULLY_GRADED,
            10.0,
            20.0,
            null);

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, teacher);

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.REJECTED);
    assertThat(outcome.status()).isEqualTo(400);
  }

  @Test
  void refusalNamesThePlatformsReasonFromItsJson() {
    platform.answer("token-request.json").answer("ags-score-error-json-content-type.json");

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.REJECTED);
    assertThat(outcome.reason())
        .isEqualTo(
            "HTTP 400: No handler found for /2/lineitems/3/lineitem/scores application/json");
  }

  @Test
  void refusalWithoutAReasonIsOnlyTheStatus() {
    platform.answer("token-request.json").answer("ags-score-error-not-gradable.json");

    assertThat(sender.send(moodle, ITEM_3, fullyGraded("3", "15:40:00.000", 1.0)).reason())
        .isEqualTo("HTTP 400");
  }

  @Test
  void refusalReasonsFromOtherPlatformsAreShortOneLineAndWithoutTokens() {
    platform
        .answer("token-request.json")
        .answer(403, "{\"errors\":[{\"message\":\"user not\\nin course\"}]}")
        .answer(422, "{\"error\":{\"code\":7,\"message\":\"scoreGiven too high\"}}")
        .answer(400, "<html><body><h1>Bad\u0007 request</h1>Bearer abc.def</body></html>")
        .answer(404, "x".repeat(500));

    List<String> reasons =
        List.of(1, 2, 3, 4).stream()
            .map(i -> sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0)).reason())
            .toList();

    assertThat(reasons.get(0)).isEqualTo("HTTP 403: user not in course");
    assertThat(reasons.get(1)).isEqualTo("HTTP 422: scoreGiven too high");
    assertThat(reasons.get(2)).isEqualTo("HTTP 400: Bad request Bearer …");
    assertThat(reasons.get(3)).isEqualTo("HTTP 404: " + "x".repeat(200) + "…");
  }

  @Test
  void retriedAndConflictingAnswersKeepTheirShortReason() {
    platform
        .answer("token-request.json")
        .answer(503, "{\"message\":\"maintenance\"}")
        .answer("ags-score-error-same-timestamp.json");

    assertThat(sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0)).reason())
        .isEqualTo("HTTP 503");
    assertThat(sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0)).reason())
        .isEqualTo("HTTP 409: timestamp not newer");
  }

  @Test
  void unprocessableIsRejected() {
    platform.answer("token-request.json").answer(422, "");

    assertThat(sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0)).kind())
        .isEqualTo(ScoreOutcome.Kind.REJECTED);
  }

  @Test
  void unauthorizedOnceIsRetriedWithAFreshToken() {
    platform
        .answer("token-request.json")
        .answer(401, "")
        .answer("token-request.json")
        .answer(204, "");

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(outcome.isAccepted()).isTrue();
    assertThat(platform.requests).hasSize(4);
  }

  @Test
  void unauthorizedTwiceIsWorthRetryingLater() {
    platform
        .answer("token-request.json")
        .answer(401, "")
        .answer("token-request.json")
        .answer(401, "");

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.RETRY);
    assertThat(platform.requests).hasSize(4);
  }

  @Test
  void serverErrorsAndTooManyRequestsAreWorthRetryingWithRetryAfter() {
    platform
        .answer("token-request.json")
        .answer(503, "")
        .answer(() -> new PlatformResponse(429, Map.of("Retry-After", List.of("120")), ""));

    ScoreOutcome unavailable = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));
    ScoreOutcome tooMany = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(unavailable.kind()).isEqualTo(ScoreOutcome.Kind.RETRY);
    assertThat(unavailable.retryAfter()).isNull();
    assertThat(tooMany.kind()).isEqualTo(ScoreOutcome.Kind.RETRY);
    assertThat(tooMany.retryAfter()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void retryAfterAsAnHttpDateIsTheTimeLeft() {
    assertThat(sender.retryAfter("Thu, 03 Dec 2026 15:35:00 GMT")).isEqualTo(Duration.ofMinutes(2));
    assertThat(sender.retryAfter("soon")).isNull();
  }

  @Test
  void unreachablePlatformIsWorthRetrying() {
    platform
        .answer("token-request.json")
        .answer(
            () -> {
              throw new PlatformUnreachableException("timeout", null);
            });

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.RETRY);
    assertThat(outcome.status()).isZero();
  }

  @Test
  void refusedTokenIsWorthRetryingAndNamesThePlatformsCode() {
    platform.answer("token-error-expired-assertion.json");

    ScoreOutcome outcome = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(outcome.kind()).isEqualTo(ScoreOutcome.Kind.RETRY);
    assertThat(outcome.reason()).contains("Expired token");
  }

  @Test
  void tokenWithoutTheScoreScopeIsRefusedAtOnceAndAskedAgainNextTime() {
    String lineItemsOnly =
        "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem\"}";
    platform.answer(200, lineItemsOnly).answer(200, lineItemsOnly);

    ScoreOutcome first = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));
    ScoreOutcome second = sender.send(moodle, ITEM_3, fullyGraded("4", "15:40:00.000", 1.0));

    assertThat(first.kind()).isEqualTo(ScoreOutcome.Kind.REJECTED);
    assertThat(first.reason())
        .isEqualTo(
            "scope https://purl.imsglobal.org/spec/lti-ags/scope/score not granted by the"
                + " platform");
    assertThat(second.kind()).isEqualTo(ScoreOutcome.Kind.REJECTED);
    assertThat(platform.requests)
        .as("no score was posted; the token was asked for again")
        .extracting(r -> r.uri().getPath())
        .containsExactly("/mod/lti/token.php", "/mod/lti/token.php");
  }

  @Test
  void timestampAlwaysHasMilliseconds() {
    Score whole = fullyGraded("4", "15:40:00", 1.0);

    assertThat(whole.toJson()).contains("\"timestamp\":\"2026-12-03T15:40:00.000Z\"");
  }

  private void assertSentAsCaptured(String fixture) throws Exception {
    Map<String, Object> captured = StubPlatform.fixtureRequest(fixture);
    @SuppressWarnings("unchecked")
    Map<String, Object> headers = (Map<String, Object>) captured.get("headers");
    PlatformRequest sent = platform.last();
    assertThat(sent.method()).isEqualTo(captured.get("method"));
    assertThat(sent.uri()).hasToString((String) captured.get("url"));
    assertThat(sent.header("Content-Type")).isEqualTo(headers.get("Content-Type"));
    assertThat(sent.header("Authorization")).isEqualTo(headers.get("Authorization"));
    assertThat(JSONObjectUtils.parse(sent.body()))
        .isEqualTo(JSONObjectUtils.parse((String) captured.get("body_raw")));
  }

  private static Score fullyGraded(String userId, String time, double given) {
    return new Score(
        userId,
        Instant.parse("2026-12-03T" + time + "Z"),
        ActivityProgress.COMPLETED,
        GradingProgress.FULLY_GRADED,
        given,
        20.0,
        "Goed gedaan");
  }
}
