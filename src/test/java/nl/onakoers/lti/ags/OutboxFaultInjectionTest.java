package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox against a platform that fails in every way the issue names, with a node that dies in
 * the middle. Time only moves by the test's clock, one timer run every 30 seconds.
 */
class OutboxFaultInjectionTest {

  private static final Instant START = Instant.parse("2026-12-03T15:34:34.100Z");
  private static final Duration TIMER = Duration.ofSeconds(30);
  private static final URI ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/5/lineitem?type_id=2");

  /**
   * What the platform does with each score post, in the order the posts come. The order follows
   * from the queue, the backoff (30 s doubled, no jitter) and the 30 second timer; the comments
   * name the row each post carries.
   */
  private static final List<Fault> SCRIPT =
      List.of(
          Fault.SERVER_ERROR, // u4 #1, t=0
          Fault.SERVER_ERROR, // u5 #1, t=0
          Fault.SERVER_ERROR, // u4 #1, t=30
          Fault.TOO_MANY_REQUESTS, // u5 #1, t=30, Retry-After 300
          Fault.TIMEOUT_AFTER_STORING, // u4 #1, t=90: it landed, the answer was lost
          Fault.NONE, // u4 #1, t=210: the resend, a 409 for the same timestamp
          Fault.UNAUTHORIZED, // u4 #2, t=210: the token is refreshed, the post repeated
          Fault.NONE, // u4 #2, the repeated post
          Fault.TIMEOUT_BEFORE_STORING, // u4 #3, t=210: it never arrived
          Fault.NONE, // u4 #3, t=240
          Fault.NODE_DIES_AFTER_STORING); // u5 #1, t=330: after a 5xx and a 429

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyScoreArrivesOnceInOrderThroughFaultsAndANodeThatDies(DatabaseKind kind) {
    MutableClock clock = new MutableClock(START);
    Gradebook platform = new Gradebook(SCRIPT, clock);
    InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
    registrations.save(MoodleFixtures.registration());
    String registrationId = MoodleFixtures.registration().id();

    try (Database database = TestDatabases.open(kind)) {
      ScoreOutbox node = node(database, registrations, platform, clock);
      List<Long> queued = new ArrayList<>();
      queued.add(node.enqueue(registrationId, ITEM, score("4", "34.100", 1)));
      queued.add(node.enqueue(registrationId, ITEM, score("5", "34.300", 1)));
      queued.add(node.enqueue(registrationId, ITEM, score("4", "34.900", 2))); // same second
      queued.add(node.enqueue(registrationId, ITEM, score("5", "36.000", 2)));
      queued.add(node.enqueue(registrationId, ITEM, score("4", "37.000", 3)));
      queued.add(node.enqueue(registrationId, ITEM, score("5", "37.500", 3)));

      Instant diedAt = null;
      for (int run = 0; run < 200 && !allSent(database, queued); run++) {
        try {
          node.deliverDue(clock.instant());
        } catch (NodeDied e) {
          // The dead node's outbox, token cache and sender are dropped; the database stays.
          diedAt = clock.instant();
          node = node(database, registrations, platform, clock);
        }
        clock.advance(TIMER);
      }

      assertThat(platform.script).as("every scripted fault was played").isEmpty();
      assertThat(diedAt).isNotNull();
      // Whatever came to the platform, the gradebook took each score once, in queue order.
      assertThat(platform.taken.get("4"))
          .extracting(s -> s.comment())
          .containsExactly("1", "2", "3");
      assertThat(platform.taken.get("5"))
          .extracting(s -> s.comment())
          .containsExactly("1", "2", "3");
      platform.taken.values().forEach(OutboxFaultInjectionTest::assertStrictlyLaterSeconds);
      // Two scores went over the wire twice, each time after an attempt that got no answer: the
      // timeout that landed and the post of the node that died. The resend keeps the timestamp,
      // so the platform answers 409 and the outbox counts it as delivered (docs/grades.md).
      assertThat(platform.conflicts).containsExactly("4 #1", "5 #1");
      // Nobody sent the dead node's row again before its lease ran out.
      Instant leaseEnd = diedAt.plus(ScoreOutbox.LEASE);
      assertThat(platform.received.get("5 #1"))
          .last()
          .satisfies(at -> assertThat(at).isAfterOrEqualTo(leaseEnd));
      // A token at the start, one after the 401, one for the new node.
      assertThat(platform.tokenRequests).isEqualTo(3);

      JpaScoreOutboxRepository rows = new JpaScoreOutboxRepository(database);
      for (long id : queued) {
        OutboxScore row = rows.find(id).orElseThrow();
        assertThat(row.status()).as("row %s", id).isEqualTo(OutboxStatus.SENT);
        assertThat(platform.taken.get(row.score().userId()))
            .extracting(Score::timestamp)
            .contains(row.score().timestamp());
      }
      assertThat(rows.due(clock.instant().plus(Duration.ofDays(1)), 10)).isEmpty();
    }
  }

  private static boolean allSent(Database database, List<Long> ids) {
    JpaScoreOutboxRepository rows = new JpaScoreOutboxRepository(database);
    return ids.stream()
        .allMatch(id -> rows.find(id).orElseThrow().status() != OutboxStatus.PENDING);
  }

  /** A node of the tool: its own outbox, sender and token cache on the shared database. */
  private static ScoreOutbox node(
      Database database,
      InMemoryRegistrationRepository registrations,
      PlatformHttp platform,
      MutableClock clock) {
    AccessTokens tokens = new AccessTokens(FixtureToolKeys.toolKeys(), platform, clock);
    return new ScoreOutbox(
        new JpaScoreOutboxRepository(database),
        registrations,
        new ScoreSender(tokens, platform, clock),
        null,
        clock,
        () -> 0.0);
  }

  /** A score whose comment tells its place in the user's queue. */
  private static Score score(String user, String seconds, int place) {
    return new Score(
        user,
        Instant.parse("2026-12-03T15:34:" + seconds + "Z"),
        ActivityProgress.COMPLETED,
        GradingProgress.FULLY_GRADED,
        (double) place,
        20.0,
        String.valueOf(place));
  }

  private static void assertStrictlyLaterSeconds(List<Score> scores) {
    for (int i = 1; i < scores.size(); i++) {
      assertThat(scores.get(i).timestamp().getEpochSecond())
          .isGreaterThan(scores.get(i - 1).timestamp().getEpochSecond());
      assertThat(scores.get(i).timestamp().getNano() % 1_000_000).isZero();
    }
  }

  enum Fault {
    NONE,
    SERVER_ERROR,
    TOO_MANY_REQUESTS,
    TIMEOUT_BEFORE_STORING,
    TIMEOUT_AFTER_STORING,
    UNAUTHORIZED,
    NODE_DIES_AFTER_STORING
  }

  /** What a node experiences when it stops between a post and writing down its outcome. */
  static final class NodeDied extends Error {
    NodeDied() {
      super("the tool stopped");
    }
  }

  /**
   * A gradebook that, like Moodle, keeps the newest score per user and answers 409 to one not in a
   * later whole second; each score post first meets the next scripted fault. Token requests get the
   * captured Moodle token.
   */
  static final class Gradebook implements PlatformHttp {

    final Deque<Fault> script;
    final Map<String, List<Score>> taken = new HashMap<>();
    final Map<String, List<Instant>> received = new LinkedHashMap<>();
    final List<String> conflicts = new ArrayList<>();
    int tokenRequests;
    private final MutableClock clock;

    Gradebook(List<Fault> script, MutableClock clock) {
      this.script = new ArrayDeque<>(script);
      this.clock = clock;
    }

    @Override
    public synchronized PlatformResponse send(PlatformRequest request) {
      if (request.uri().getPath().endsWith("/token.php")) {
        tokenRequests++;
        return StubPlatform.fixtureResponse("token-request.json");
      }
      Score score = parse(request.body());
      String label = score.userId() + " #" + score.comment();
      received.computeIfAbsent(label, l -> new ArrayList<>()).add(clock.instant());
      Fault fault = script.isEmpty() ? Fault.NONE : script.poll();
      return switch (fault) {
        case NONE -> store(score, label);
        case SERVER_ERROR -> answer(503, Map.of());
        case TOO_MANY_REQUESTS -> answer(429, Map.of("Retry-After", List.of("300")));
        case UNAUTHORIZED -> answer(401, Map.of());
        case TIMEOUT_BEFORE_STORING -> throw timeout(request);
        case TIMEOUT_AFTER_STORING -> {
          store(score, label);
          throw timeout(request);
        }
        case NODE_DIES_AFTER_STORING -> {
          store(score, label);
          throw new NodeDied();
        }
      };
    }

    private PlatformResponse store(Score score, String label) {
      List<Score> scores = taken.computeIfAbsent(score.userId(), u -> new ArrayList<>());
      if (!scores.isEmpty()
          && score.timestamp().getEpochSecond()
              <= scores.get(scores.size() - 1).timestamp().getEpochSecond()) {
        conflicts.add(label);
        return answer(409, Map.of());
      }
      scores.add(score);
      return answer(200, Map.of());
    }

    /** As {@link JdkPlatformHttp} reports a response that did not come in time. */
    private static PlatformUnreachableException timeout(PlatformRequest request) {
      return new PlatformUnreachableException(
          request.uri().getHost() + " unreachable", new HttpTimeoutException("request timed out"));
    }

    private static PlatformResponse answer(int status, Map<String, List<String>> headers) {
      return new PlatformResponse(status, headers, status == 200 ? "" : "[]");
    }

    private static Score parse(String body) {
      try {
        Map<String, Object> json = JSONObjectUtils.parse(body);
        return new Score(
            (String) json.get("userId"),
            Instant.parse((String) json.get("timestamp")),
            ActivityProgress.COMPLETED,
            GradingProgress.FULLY_GRADED,
            ((Number) json.get("scoreGiven")).doubleValue(),
            ((Number) json.get("scoreMaximum")).doubleValue(),
            (String) json.get("comment"));
      } catch (ParseException e) {
        throw new AssertionError(e);
      }
    }
  }
}
