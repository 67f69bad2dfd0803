package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How many scores per second the outbox delivers to a platform on this machine, and how many token
 * requests that takes. Not part of the test suite (the name does not end in Test); run it with
 * {@code src/bench/measure-outbox.sh}. It prints one line per database.
 *
 * <p>The platform is a real HTTP server on loopback answering like Moodle does (a token, then 200
 * for each score), so the figure includes the tool's HTTP client, JSON, the client assertion and
 * every outbox update in the database; it leaves out the network and the platform's own work.
 */
class OutboxThroughputBenchmark {

  private static final int SCORES = Integer.getInteger("bench.scores", 2000);
  private static final int PARTICIPANTS = 200;
  private static final String TOKEN =
      "{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
          + "\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"}";

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void deliversQueuedScores(DatabaseKind kind) throws Exception {
    AtomicInteger tokenRequests = new AtomicInteger();
    AtomicInteger scorePosts = new AtomicInteger();
    HttpServer platform = platform(tokenRequests, scorePosts);
    platform.start();
    try (Database database = TestDatabases.open(kind)) {
      String base = "http://127.0.0.1:" + platform.getAddress().getPort();
      ScoreOutbox outbox = outbox(database, base);
      Instant start = Instant.now();
      for (int i = 0; i < SCORES; i++) {
        String user = "user-" + (i % PARTICIPANTS);
        URI item = URI.create(base + "/lineitems/" + (i / PARTICIPANTS) + "/lineitem");
        outbox.enqueue(MoodleFixtures.registration().id(), item, submitted(user, start));
      }

      long began = System.nanoTime();
      OutboxDelivery delivery = outbox.deliverDue(Instant.now().plusSeconds(1));
      while (delivery.sent() < SCORES) {
        OutboxDelivery more = outbox.deliverDue(Instant.now().plusSeconds(1));
        if (more.equals(OutboxDelivery.NONE)) {
          break;
        }
        delivery = delivery.plus(more);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - began);

      assertThat(delivery.sent()).isEqualTo(SCORES);
      assertThat(scorePosts.get()).isEqualTo(SCORES);
      System.out.printf(
          "outbox %s: %d scores in %d ms = %.0f scores/s; %d token request(s)%n",
          kind, SCORES, took.toMillis(), SCORES * 1000.0 / took.toMillis(), tokenRequests.get());
    } finally {
      platform.stop(0);
    }
  }

  private static ScoreOutbox outbox(Database database, String platformBase) {
    Registration fixture = MoodleFixtures.registration();
    Registration registration =
        new Registration(
            fixture.id(),
            fixture.issuer(),
            fixture.clientId(),
            fixture.authUrl(),
            URI.create(platformBase + "/token"),
            null,
            fixture.jwksUrl(),
            "Benchmark platform",
            fixture.kind(),
            false,
            fixture.createdAt());
    InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
    registrations.save(registration);
    Clock clock = Clock.systemUTC();
    JdkPlatformHttp http = new JdkPlatformHttp();
    AccessTokens tokens = new AccessTokens(FixtureToolKeys.toolKeys(), http, clock);
    return new ScoreOutbox(
        new JpaScoreOutboxRepository(database),
        registrations,
        new ScoreSender(tokens, http, clock),
        clock);
  }

  private static HttpServer platform(AtomicInteger tokenRequests, AtomicInteger scorePosts)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/token",
        exchange -> {
          tokenRequests.incrementAndGet();
          answer(exchange, 200, TOKEN);
        });
    server.createContext(
        "/lineitems",
        exchange -> {
          scorePosts.incrementAndGet();
          answer(exchange, 200, "");
        });
    return server;
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private static Score submitted(String user, Instant at) {
    return new Score(
        user, at, ActivityProgress.SUBMITTED, GradingProgress.PENDING_MANUAL, null, null, null);
  }
}
