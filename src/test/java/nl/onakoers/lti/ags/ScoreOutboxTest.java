package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScoreOutboxTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:34:34.100Z");
  private static final URI ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/5/lineitem?type_id=2");
  private static final String TOKEN =
      "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
          + "\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"}";

  private final Database database = TestDatabases.open(DatabaseKind.H2);
  private final ScoreOutboxRepository repository = new JpaScoreOutboxRepository(database);
  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
  private final String registrationId = MoodleFixtures.registration().id();

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void submittedThenGradedArriveInOrderAndAreMarkedSent() throws Exception {
    ScriptedPlatform platform = new ScriptedPlatform();
    ScoreOutbox outbox = outbox(platform);
    long pending = outbox.enqueue(registrationId, ITEM, pending("5", NOW));
    long graded = outbox.enqueue(registrationId, ITEM, graded("5", NOW.plusSeconds(3)));

    OutboxDelivery delivery = outbox.deliverDue(NOW);

    assertThat(delivery).isEqualTo(new OutboxDelivery(2, 0, 0));
    assertThat(platform.scores())
        .extracting(s -> s.get("gradingProgress"))
        .containsExactly("PendingManual", "FullyGraded");
    assertThat(platform.scores().get(0).get("timestamp")).isEqualTo("2026-12-03T15:34:34.100Z");
    assertThat(status(pending)).isEqualTo(OutboxStatus.SENT);
    assertThat(status(graded)).isEqualTo(OutboxStatus.SENT);
    assertThat(repository.due(NOW.plusSeconds(3600), 10)).isEmpty();
  }

  @Test
  void scoreInTheSameSecondAsTheLastSentIsMovedToTheNextSecond() throws Exception {
    ScriptedPlatform platform = new ScriptedPlatform();
    ScoreOutbox outbox = outbox(platform);
    outbox.enqueue(registrationId, ITEM, pending("5", NOW));
    long sameSecond =
        outbox.enqueue(
            registrationId, ITEM, graded("5", Instant.parse("2026-12-03T15:34:34.900Z")));
    outbox.deliverDue(NOW);
    long earlier =
        outbox.enqueue(
            registrationId, ITEM, graded("5", Instant.parse("2026-12-03T15:34:30.000Z")));
    outbox.deliverDue(NOW);

    assertThat(platform.scores())
        .extracting(s -> s.get("timestamp"))
        .containsExactly(
            "2026-12-03T15:34:34.100Z", "2026-12-03T15:34:35.900Z", "2026-12-03T15:34:36.000Z");
    assertThat(repository.find(sameSecond).orElseThrow().score().timestamp())
        .isEqualTo(Instant.parse("2026-12-03T15:34:35.900Z"));
    assertThat(status(earlier)).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void serverErrorIsRetriedAfterBackoffAndLaterScoresWait() throws Exception {
    ScriptedPlatform platform = new ScriptedPlatform(503, 503, 200, 200);
    ScoreOutbox outbox = outbox(platform);
    long first = outbox.enqueue(registrationId, ITEM, pending("5", NOW));
    long second = outbox.enqueue(registrationId, ITEM, graded("5", NOW.plusSeconds(2)));

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(0, 1, 0));
    assertThat(repository.find(first).orElseThrow().nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(outbox.deliverDue(NOW.plusSeconds(29))).isEqualTo(OutboxDelivery.NONE);
    assertThat(outbox.deliverDue(NOW.plusSeconds(30))).isEqualTo(new OutboxDelivery(0, 1, 0));
    assertThat(repository.find(first).orElseThrow().nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
    assertThat(outbox.deliverDue(NOW.plusSeconds(90))).isEqualTo(new OutboxDelivery(2, 0, 0));

    assertThat(platform.scores())
        .extracting(s -> s.get("gradingProgress"))
        .containsExactly("PendingManual", "PendingManual", "PendingManual", "FullyGraded");
    assertThat(repository.find(first).orElseThrow().attempts()).isEqualTo(3);
    assertThat(status(second)).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void tooManyRequestsWaitsAtLeastRetryAfter() {
    ScriptedPlatform platform = new ScriptedPlatform(429);
    platform.retryAfter = "600";
    ScoreOutbox outbox = outbox(platform);
    long id = outbox.enqueue(registrationId, ITEM, pending("5", NOW));

    outbox.deliverDue(NOW);

    assertThat(repository.find(id).orElseThrow().nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(repository.find(id).orElseThrow().lastError()).isEqualTo("HTTP 429");
  }

  @Test
  void backoffDoublesWithJitterUpToTheCap() {
    ScoreOutbox outbox = new ScoreOutbox(repository, registrations, null, null, clock, () -> 1.0);

    assertThat(outbox.delay(1, null)).isEqualTo(Duration.ofSeconds(36));
    assertThat(outbox.delay(2, null)).isEqualTo(Duration.ofSeconds(72));
    assertThat(outbox.delay(30, null)).isEqualTo(Duration.ofMinutes(72));
    assertThat(outbox.delay(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void scoreIsGivenUpAfterTheLastAttempt() {
    ScriptedPlatform platform = new ScriptedPlatform(500);
    platform.fallback = 500;
    ScoreOutbox outbox = outbox(platform);
    long id = outbox.enqueue(registrationId, ITEM, pending("5", NOW));

    Instant at = NOW;
    for (int i = 0; i < ScoreOutbox.MAX_ATTEMPTS; i++) {
      outbox.deliverDue(at);
      at = at.plus(ScoreOutbox.MAX_BACKOFF.multipliedBy(2));
    }

    OutboxScore gaveUp = repository.find(id).orElseThrow();
    assertThat(gaveUp.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(gaveUp.attempts()).isEqualTo(ScoreOutbox.MAX_ATTEMPTS);
    assertThat(gaveUp.lastError()).startsWith("gave up after 10 attempts");
    assertThat(platform.scores()).hasSize(ScoreOutbox.MAX_ATTEMPTS);
  }

  @Test
  void refusedScoreFailsWithTheReasonAndDoesNotBlockOthers() {
    ScriptedPlatform platform = new ScriptedPlatform(400, 200);
    ScoreOutbox outbox = outbox(platform);
    long teacher = outbox.enqueue(registrationId, ITEM, graded("3", NOW));
    long student = outbox.enqueue(registrationId, ITEM, graded("5", NOW));

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(1, 0, 1));

    assertThat(repository.find(teacher).orElseThrow().lastError()).isEqualTo("HTTP 400");
    assertThat(status(teacher)).isEqualTo(OutboxStatus.FAILED);
    assertThat(status(student)).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void refusedScoreKeepsThePlatformsReasonForTheCoach() {
    ScriptedPlatform platform = new ScriptedPlatform(400);
    platform.body = "{\"message\":\"User is not gradable\",\"status\":400}";
    ScoreOutbox outbox = outbox(platform);
    long id = outbox.enqueue(registrationId, ITEM, graded("3", NOW));

    outbox.deliverDue(NOW);

    OutboxScore refused = repository.find(id).orElseThrow();
    assertThat(refused.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(refused.lastError()).isEqualTo("HTTP 400: User is not gradable");
  }

  @Test
  void tokenWithoutTheScoreScopeFailsTheScoreAtOnce() {
    ScriptedPlatform platform = new ScriptedPlatform();
    platform.token = TOKEN.replace("scope/score", "scope/lineitem");
    ScoreOutbox outbox = outbox(platform);
    long id = outbox.enqueue(registrationId, ITEM, graded("5", NOW));

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(0, 0, 1));

    OutboxScore refused = repository.find(id).orElseThrow();
    assertThat(refused.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(refused.attempts()).isEqualTo(1);
    assertThat(refused.lastError()).contains("scope/score not granted by the platform");
    assertThat(platform.scores()).isEmpty();
  }

  @Test
  void conflictOnAFirstAttemptFails() {
    ScoreOutbox outbox = outbox(new ScriptedPlatform(409));
    long id = outbox.enqueue(registrationId, ITEM, graded("5", NOW));

    outbox.deliverDue(NOW);

    assertThat(status(id)).isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void rowOfANodeThatDiedMidSendIsSentAfterTheLeaseAndItsConflictCountsAsDelivered() {
    ScoreOutbox outbox = outbox(new ScriptedPlatform(409));
    long id = outbox.enqueue(registrationId, ITEM, graded("5", NOW));
    assertThat(repository.claim(id, 0, NOW, NOW.plus(ScoreOutbox.LEASE))).isTrue();

    assertThat(outbox.deliverDue(NOW.plusSeconds(60))).isEqualTo(OutboxDelivery.NONE);
    assertThat(outbox.deliverDue(NOW.plus(ScoreOutbox.LEASE)))
        .isEqualTo(new OutboxDelivery(1, 0, 0));

    OutboxScore row = repository.find(id).orElseThrow();
    assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row.attempts()).isEqualTo(2);
  }

  @Test
  void nodeThatDiesAfterAServerErrorStillHasItsConflictCountedAsDelivered() {
    ScoreOutbox outbox = outbox(new ScriptedPlatform(503, 409));
    long id = outbox.enqueue(registrationId, ITEM, graded("5", NOW));
    outbox.deliverDue(NOW);
    Instant retry = repository.find(id).orElseThrow().nextAttemptAt();
    assertThat(repository.claim(id, 1, retry, retry.plus(ScoreOutbox.LEASE))).isTrue();

    outbox.deliverDue(retry.plus(ScoreOutbox.LEASE));

    OutboxScore row = repository.find(id).orElseThrow();
    assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row.attempts()).isEqualTo(3);
  }

  @Test
  void scoreOfARemovedRegistrationFails() {
    ScoreOutbox outbox = outbox(new ScriptedPlatform());
    long id = outbox.enqueue("gone", ITEM, graded("5", NOW));

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(0, 0, 1));
    assertThat(status(id)).isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void twoNodesDeliveringAtOnceSendEveryScoreExactlyOnceInOrder() throws Exception {
    ScriptedPlatform platform = new ScriptedPlatform();
    ScoreOutbox nodeA = outbox(platform);
    ScoreOutbox nodeB = outbox(platform);
    for (int user = 0; user < 20; user++) {
      nodeA.enqueue(registrationId, ITEM, pending("u" + user, NOW));
      nodeA.enqueue(registrationId, ITEM, graded("u" + user, NOW));
    }

    try (var pool = Executors.newFixedThreadPool(2)) {
      var a = pool.submit(() -> nodeA.deliverDue(NOW));
      var b = pool.submit(() -> nodeB.deliverDue(NOW));
      assertThat(a.get().sent() + b.get().sent()).isEqualTo(40);
    }

    assertThat(platform.scores()).hasSize(40);
    Map<Object, List<Object>> perUser = new ConcurrentHashMap<>();
    platform
        .scores()
        .forEach(
            s ->
                perUser
                    .computeIfAbsent(s.get("userId"), u -> new CopyOnWriteArrayList<>())
                    .add(s.get("gradingProgress")));
    assertThat(perUser).hasSize(20);
    perUser
        .values()
        .forEach(progress -> assertThat(progress).containsExactly("PendingManual", "FullyGraded"));
    assertThat(repository.due(NOW.plusSeconds(3600), 100)).isEmpty();
  }

  private ScoreOutbox outbox(ScriptedPlatform platform) {
    registrations.save(MoodleFixtures.registration());
    AccessTokens tokens = new AccessTokens(FixtureToolKeys.toolKeys(), platform, clock);
    return new ScoreOutbox(
        repository,
        registrations,
        new ScoreSender(tokens, platform, clock),
        null,
        clock,
        () -> 0.0);
  }

  private OutboxStatus status(long id) {
    return repository.find(id).orElseThrow().status();
  }

  private static Score pending(String user, Instant at) {
    return JpaScoreOutboxRepositoryTest.pending(user, at);
  }

  private static Score graded(String user, Instant at) {
    return JpaScoreOutboxRepositoryTest.graded(user, at);
  }

  /** Answers token requests with a token and score posts with the scripted statuses, then 200. */
  static final class ScriptedPlatform implements PlatformHttp {

    private final List<Map<String, Object>> scores = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses;
    private final AtomicInteger next = new AtomicInteger();
    volatile int fallback = 200;
    volatile String retryAfter;
    volatile String body = "";
    volatile String token = TOKEN;

    ScriptedPlatform(Integer... statuses) {
      this.statuses = List.of(statuses);
    }

    @Override
    public PlatformResponse send(PlatformRequest request) {
      if (request.uri().getPath().endsWith("/token.php")) {
        return new PlatformResponse(200, Map.of(), token);
      }
      try {
        scores.add(JSONObjectUtils.parse(request.body()));
      } catch (java.text.ParseException e) {
        throw new AssertionError(e);
      }
      int i = next.getAndIncrement();
      int status = i < statuses.size() ? statuses.get(i) : fallback;
      Map<String, List<String>> headers =
          retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter));
      return new PlatformResponse(status, headers, body);
    }

    List<Map<String, Object>> scores() {
      return scores;
    }
  }
}
