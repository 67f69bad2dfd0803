package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scores queued for a launch that named only the line items container: the outbox finds or creates
 * the line item against the captured Moodle answers, writes it on the rows and the card, then
 * sends.
 */
class OutboxLineItemsTest {

  static final Instant NOW = Instant.ofEpochSecond(1796311985L);
  static final URI CONTAINER =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2");
  static final URI RK2_ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/4/lineitem?type_id=2");
  static final LineItemTarget TARGET =
      new LineItemTarget(
          CONTAINER, new LineItemRequest("2", "RK2", "resultaatkaart", "Resultaatkaart RK2", 10));

  private final Database database = TestDatabases.open(DatabaseKind.H2);
  private final ScoreOutboxRepository repository = new JpaScoreOutboxRepository(database);
  private final MutableClock clock = new MutableClock(NOW);
  private final StubPlatform platform = new StubPlatform();
  private final Map<String, URI> remembered = new LinkedHashMap<>();
  private final ScoreOutbox outbox = outbox(database, repository, platform, remembered::put, clock);
  private final String registrationId = MoodleFixtures.registration().id();

  @AfterEach
  void close() {
    database.close();
  }

  static ScoreOutbox outbox(
      Database database,
      ScoreOutboxRepository repository,
      PlatformHttp platform,
      CardLineItems cards,
      Clock clock) {
    InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
    registrations.save(MoodleFixtures.registration());
    AccessTokens tokens = new AccessTokens(FixtureToolKeys.toolKeys(), platform, clock);
    OutboxLineItems targets =
        new OutboxLineItems(repository, new LineItems(tokens, platform), cards, database);
    return new ScoreOutbox(
        repository,
        registrations,
        new ScoreSender(tokens, platform, clock),
        targets,
        clock,
        () -> 0.0);
  }

  @Test
  void lineItemFoundOnTheFirstPageIsWrittenOnTheRowAndTheCardAndReceivesTheScore() {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get-filtered.json")
        .answer("token-request.json")
        .answer(200, "");
    long id = outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(1, 0, 0));

    assertThat(platform.requests.get(1).uri().toString())
        .startsWith(CONTAINER + "&")
        .contains("resource_link_id=2", "resource_id=RK2", "tag=resultaatkaart");
    assertThat(platform.last().uri())
        .hasToString(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/4/lineitem/scores?type_id=2");
    assertThat(repository.find(id).orElseThrow().lineItem()).isEqualTo(RK2_ITEM);
    assertThat(repository.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(remembered).containsExactly(Map.entry("card-4", RK2_ITEM));
  }

  @Test
  void lineItemOnALaterPageIsFoundThroughMoodlesMalformedLinkHeader() {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get-paged.json")
        .answer("ags-lineitems-get-filtered.json")
        .answer("token-request.json")
        .answer(200, "");
    outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(1, 0, 0));

    assertThat(platform.requests.get(2).uri()).hasToString(CONTAINER + "&limit=1&from=1");
    assertThat(platform.last().uri().toString()).contains("/lineitems/4/lineitem/scores?type_id=2");
  }

  @Test
  void missingLineItemIsCreatedForTheResourceLinkAndCard() throws Exception {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitem-post.json")
        .answer("token-request.json")
        .answer(200, "");
    outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(1, 0, 0));

    PlatformRequest post = platform.requests.get(3);
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.uri()).isEqualTo(CONTAINER);
    assertThat(JSONObjectUtils.parse(post.body()))
        .containsEntry("resourceLinkId", "2")
        .containsEntry("resourceId", "RK2")
        .containsEntry("tag", "resultaatkaart")
        .containsEntry("label", "Resultaatkaart RK2")
        .containsEntry("scoreMaximum", 10L);
    assertThat(remembered).containsEntry("card-4", RK2_ITEM);
  }

  @Test
  void refusedResourceLinkMeansTheLineItemIsCreatedWithoutIt() throws Exception {
    platform
        .answer("token-request.json")
        .answer(200, "[]")
        .answer(200, "[]")
        .answer(404, "{\"errors\":[{\"message\":\"not an assignment\"}]}")
        .answer("ags-lineitem-post.json")
        .answer("token-request.json")
        .answer(200, "");
    long id = outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(1, 0, 0));

    assertThat(JSONObjectUtils.parse(platform.requests.get(3).body()))
        .containsKey("resourceLinkId");
    assertThat(JSONObjectUtils.parse(platform.requests.get(4).body()))
        .doesNotContainKey("resourceLinkId")
        .containsEntry("resourceId", "RK2");
    assertThat(repository.find(id).orElseThrow().lineItem()).isEqualTo(RK2_ITEM);
  }

  @Test
  void serverErrorOrNoAnswerWhileResolvingIsRetriedWithBackoffAndNothingIsSent() {
    platform
        .answer("token-request.json")
        .answer(503, "")
        .answer(
            () -> {
              throw new PlatformUnreachableException("127.0.0.1 unreachable", null);
            })
        .answer("ags-lineitems-get-filtered.json")
        .answer("token-request.json")
        .answer(200, "");
    long id = outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(0, 1, 0));
    OutboxScore waiting = repository.find(id).orElseThrow();
    assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(waiting.lineItem()).isNull();
    assertThat(waiting.lastError()).isEqualTo("line item: HTTP 503");
    assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(outbox.deliverDue(NOW.plusSeconds(29))).isEqualTo(OutboxDelivery.NONE);

    clock.set(NOW.plusSeconds(30));
    assertThat(outbox.deliverDue(NOW.plusSeconds(30))).isEqualTo(new OutboxDelivery(0, 1, 0));
    assertThat(repository.find(id).orElseThrow().lastError())
        .isEqualTo("line item: platform unreachable");
    assertThat(repository.find(id).orElseThrow().nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));

    clock.set(NOW.plusSeconds(90));
    assertThat(outbox.deliverDue(NOW.plusSeconds(90))).isEqualTo(new OutboxDelivery(1, 0, 0));
    assertThat(platform.requests).filteredOn(r -> r.uri().getPath().endsWith("/scores")).hasSize(1);
    assertThat(repository.find(id).orElseThrow().attempts()).isEqualTo(3);
  }

  @Test
  void refusalWhileResolvingFailsTheRowWithTheReasonAndCanBeRetried() {
    platform.answer("token-request.json").answer(403, "");
    long id = outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(0, 0, 1));

    OutboxScore failed = repository.find(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.lastError()).isEqualTo("line item: refused with HTTP 403");
    assertThat(remembered).isEmpty();

    long again = outbox.retryFailed("card-4").orElseThrow();
    assertThat(repository.find(again).orElseThrow().target()).isEqualTo(TARGET);
    assertThat(repository.find(again).orElseThrow().lineItem()).isNull();
  }

  @Test
  void tokenWithoutTheLineItemScopeFailsTheRowAtOnce() {
    platform.answer(
        200,
        "{\"access_token\":\"t\",\"expires_in\":3600,"
            + "\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"}");
    long id = outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(0, 0, 1));

    OutboxScore failed = repository.find(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.lastError()).endsWith("not granted by the platform").startsWith("line item");
  }

  @Test
  void rowsOfOneTargetResolveItOnceAndEachUsersScoresArriveInOrder() throws Exception {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitem-post.json")
        .answer("token-request.json")
        .answer(200, "")
        .answer(200, "")
        .answer(200, "");
    outbox.enqueue(registrationId, TARGET, pending("4"), "card-4");
    outbox.enqueue(registrationId, TARGET, pending("5"), "card-5");
    long coach =
        outbox.enqueueOnUnresolvedTarget(graded("4", NOW.plusSeconds(5)), "card-4").orElseThrow();

    assertThat(outbox.deliverDue(NOW)).isEqualTo(new OutboxDelivery(3, 0, 0));

    assertThat(platform.requests)
        .filteredOn(r -> r.method().equals("POST") && r.uri().equals(CONTAINER))
        .hasSize(1);
    List<PlatformRequest> scores =
        platform.requests.stream().filter(r -> r.uri().getPath().endsWith("/scores")).toList();
    assertThat(scores).extracting(PlatformRequest::uri).containsOnly(ServiceUrls.scores(RK2_ITEM));
    List<Map<String, Object>> bodies = bodies(scores);
    assertThat(bodies)
        .filteredOn(b -> "4".equals(b.get("userId")))
        .extracting(b -> b.get("gradingProgress"))
        .containsExactly("PendingManual", "FullyGraded");
    assertThat(repository.find(coach).orElseThrow().lineItem()).isEqualTo(RK2_ITEM);
    assertThat(remembered).containsOnlyKeys("card-4", "card-5");
  }

  @Test
  void aCardWhoseNewestScoreHasAKnownLineItemIsNotQueuedOnATarget() {
    outbox.enqueue(registrationId, RK2_ITEM, pending("4"), "card-4");

    assertThat(outbox.enqueueOnUnresolvedTarget(graded("4", NOW), "card-4")).isEmpty();
    assertThat(outbox.enqueueOnUnresolvedTarget(graded("4", NOW), "card-none")).isEmpty();
  }

  private static List<Map<String, Object>> bodies(List<PlatformRequest> requests)
      throws java.text.ParseException {
    List<Map<String, Object>> bodies = new java.util.ArrayList<>();
    for (PlatformRequest request : requests) {
      bodies.add(JSONObjectUtils.parse(request.body()));
    }
    return bodies;
  }

  static Score pending(String user) {
    return JpaScoreOutboxRepositoryTest.pending(user, NOW);
  }

  static Score graded(String user, Instant at) {
    return JpaScoreOutboxRepositoryTest.graded(user, at);
  }
}
