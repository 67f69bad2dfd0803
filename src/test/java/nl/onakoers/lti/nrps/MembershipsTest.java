package nl.onakoers.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays Moodle's NRPS answers ({@code nrps-*.json}) from a local HTTP server. */
class MembershipsTest {

  private static final String MOODLE = "http://127.0.0.1:8081";
  private static final String PATH = "/mod/lti/services.php/CourseSection/2/bindings/2/memberships";

  private final List<HttpExchangeRecord> requests = new CopyOnWriteArrayList<>();
  private final List<Set<String>> tokenScopes = new CopyOnWriteArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final Registration registration = MoodleFixtures.registration();
  private HttpServer server;
  private String base;
  private int failuresLeft;
  private String nextLinkOverride;
  private String bodyOverride;
  private int unauthorizedLeft;
  private final List<String> invalidated = new CopyOnWriteArrayList<>();
  private Memberships memberships;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::answer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    ServiceTokens tokens =
        new ServiceTokens() {
          @Override
          public String bearer(Registration r, Set<String> scopes) {
            tokenScopes.add(scopes);
            return "test-token-" + tokenScopes.size();
          }

          @Override
          public void invalidate(Registration r, Set<String> scopes) {
            invalidated.add(r.id());
          }
        };
    memberships = new Memberships(HttpClient.newHttpClient(), tokens, nanos::get);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsTheWholeRosterWithTheNrpsMediaTypeAndMapsMoodleShortRoles() {
    List<Member> members = memberships.members(registration, base + PATH, Optional.empty());

    assertThat(members).extracting(Member::userId).containsExactly("4", "5", "3");
    assertThat(members.get(0).isParticipant()).isTrue();
    assertThat(members.get(0).isCoach()).isFalse();
    assertThat(members.get(2).isCoach()).isTrue();
    assertThat(members.get(2).name()).isEqualTo("Teacher1 Probe");
    assertThat(members.get(2).email()).isEqualTo("teacher1@example.com");
    assertThat(members).allMatch(Member::isActive);
    HttpExchangeRecord request = requests.get(0);
    assertThat(request.accept()).isEqualTo(fixtureRequestHeader("nrps-memberships-get.json"));
    assertThat(request.authorization()).isEqualTo("Bearer test-token-1");
    assertThat(tokenScopes).containsExactly(Set.of(LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY));
  }

  @Test
  void followsTheNextLinkUntilThereIsNone() {
    List<Member> members =
        memberships.members(registration, base + PATH + "?limit=2", Optional.empty());

    assertThat(members).extracting(Member::userId).containsExactly("4", "5", "3");
    assertThat(requests)
        .extracting(HttpExchangeRecord::query)
        .containsExactly("limit=2", "limit=2&from=2");
  }

  @Test
  void asksAboutOneResourceLinkWithRlid() {
    List<Member> members = memberships.members(registration, base + PATH, Optional.of("2"));

    assertThat(requests).extracting(HttpExchangeRecord::query).containsExactly("rlid=2");
    assertThat(members).extracting(Member::userId).containsExactly("4", "5", "3");
  }

  @Test
  void answersFromTheCacheForAFewMinutesThenAsksAgain() {
    memberships.members(registration, base + PATH, Optional.empty());
    memberships.members(registration, base + PATH, Optional.empty());
    assertThat(requests).hasSize(1);

    nanos.addAndGet(Memberships.CACHE_TIME.plus(Duration.ofSeconds(1)).toNanos());
    memberships.members(registration, base + PATH, Optional.empty());

    assertThat(requests).hasSize(2);
  }

  @Test
  void aFailureIsReportedAndNotCached() {
    failuresLeft = 1;

    assertThatThrownBy(() -> memberships.members(registration, base + PATH, Optional.empty()))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageNotContaining("test-token");
    assertThat(memberships.members(registration, base + PATH, Optional.empty())).hasSize(3);
  }

  @Test
  void theTokenIsNeverSentToANextPageOnAnotherOrigin() {
    nextLinkOverride = "<https://elsewhere.example" + PATH + "?from=2>; rel=\"next\"";

    assertThatThrownBy(
            () -> memberships.members(registration, base + PATH + "?limit=2", Optional.empty()))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("another origin");
    assertThat(requests).hasSize(1);
  }

  @Test
  void fullRoleUrisAndUnknownFieldsAreReadToo() {
    String body =
        "{\"members\":[{\"user_id\":\"7\",\"status\":\"Inactive\",\"roles\":[\""
            + LtiClaims.ROLE_CONTEXT_SUB_PREFIX
            + "Instructor#TeachingAssistant\"]},{\"roles\":[\"Learner\"]}]}";

    List<Member> members = Memberships.parse(body, URI.create(base));

    assertThat(members).hasSize(1);
    assertThat(members.get(0).isCoach()).isTrue();
    assertThat(members.get(0).isActive()).isFalse();
    assertThat(members.get(0).name()).isNull();
  }

  @Test
  void aBodyThatIsNotAContainerIsRejected() {
    assertThatThrownBy(() -> Memberships.parse("<html>", URI.create(base)))
        .isInstanceOf(RosterUnavailableException.class);
    assertThatThrownBy(() -> Memberships.parse("{}", URI.create(base)))
        .isInstanceOf(RosterUnavailableException.class);
  }

  @Test
  void withoutALinkHeaderTheFirstPageIsTheWholeRoster() {
    List<Member> members = memberships.members(registration, base + PATH, Optional.empty());

    assertThat(members).hasSize(3);
    assertThat(requests).hasSize(1);
  }

  @Test
  void aLinkHeaderWithoutNextEndsTheRoster() {
    nextLinkOverride = "<" + base + PATH + "?limit=2>; rel=\"first\", garbage without brackets";

    List<Member> members =
        memberships.members(registration, base + PATH + "?limit=2", Optional.empty());

    assertThat(members).extracting(Member::userId).containsExactly("4", "5");
    assertThat(requests).hasSize(1);
  }

  @Test
  void moodleStyleTypographicQuotesAndEscapedAmpersandsAreFollowed() {
    // The UTF-8 bytes of the quotes, as Moodle puts them on the wire.
    String link =
        "<" + base + PATH + "?limit=2&amp;from=2>; rel=\u201Cnext\u201D, <x>; rel=\u201Clast\u201D";
    nextLinkOverride =
        new String(link.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    List<Member> members =
        memberships.members(registration, base + PATH + "?limit=2", Optional.empty());

    assertThat(members).extracting(Member::userId).containsExactly("4", "5", "3");
    assertThat(requests)
        .extracting(HttpExchangeRecord::query)
        .containsExactly("limit=2", "limit=2&from=2");
  }

  @Test
  void aNextLinkThatIsNoUriFailsTheRosterRatherThanCuttingItShort() {
    nextLinkOverride = "<http://127.0.0.1:1/a b|c>; rel=\"next\"";

    assertThatThrownBy(
            () -> memberships.members(registration, base + PATH + "?limit=2", Optional.empty()))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("not a URI");
  }

  @Test
  void aRefusedTokenIsDroppedAndTheCallRetriedOnceWithAFreshOne() {
    unauthorizedLeft = 1;

    List<Member> members = memberships.members(registration, base + PATH, Optional.empty());

    assertThat(members).hasSize(3);
    assertThat(invalidated).containsExactly(registration.id());
    assertThat(requests)
        .extracting(HttpExchangeRecord::authorization)
        .containsExactly("Bearer test-token-1", "Bearer test-token-2");
  }

  @Test
  void aTokenRefusedTwiceMakesTheRosterUnavailable() {
    unauthorizedLeft = 2;

    assertThatThrownBy(() -> memberships.members(registration, base + PATH, Optional.empty()))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("401")
        .hasMessageNotContaining("test-token");
    assertThat(requests).hasSize(2);
  }

  @Test
  void anAnswerThatIsNotJsonMakesTheRosterUnavailable() {
    bodyOverride = "<html><body>Moodle error</body></html>";

    assertThatThrownBy(() -> memberships.members(registration, base + PATH, Optional.empty()))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageNotContaining("Moodle error");
  }

  @Test
  void anUnreachablePlatformMakesTheRosterUnavailable() {
    server.stop(0);

    assertThatThrownBy(() -> memberships.members(registration, base + PATH, Optional.empty()))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("unavailable");
  }

  @Test
  void rolesAreMappedFromMoodleShortNamesAndFullUris() {
    String body =
        """
        {"members":[
          {"user_id":"1","roles":["Learner"]},
          {"user_id":"2","roles":["Instructor"]},
          {"user_id":"3","roles":["TeachingAssistant"]},
          {"user_id":"4","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
          {"user_id":"5","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]},
          {"user_id":"6","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"]},
          {"user_id":"7",
           "roles":["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"]}
        ]}""";

    List<Member> members = Memberships.parse(body, URI.create(base));

    assertThat(members)
        .filteredOn(Member::isParticipant)
        .extracting(Member::userId)
        .containsExactly("1", "4");
    assertThat(members)
        .filteredOn(Member::isCoach)
        .extracting(Member::userId)
        .containsExactly("2", "3", "5");
  }

  private void answer(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(
        new HttpExchangeRecord(
            query,
            exchange.getRequestHeaders().getFirst("Accept"),
            exchange.getRequestHeaders().getFirst("Authorization")));
    if (unauthorizedLeft > 0) {
      unauthorizedLeft--;
      send(exchange, 401, "{}", null);
      return;
    }
    if (bodyOverride != null) {
      send(exchange, 200, bodyOverride, nextLinkOverride);
      return;
    }
    if (failuresLeft > 0) {
      failuresLeft--;
      send(exchange, 503, "{}", null);
      return;
    }
    if (query == null) {
      send(exchange, 200, fixtureBody("nrps-memberships-get.json"), null);
    } else if (query.equals("rlid=2")) {
      send(exchange, 200, fixtureBody("nrps-memberships-get-rlid.json"), null);
    } else if (query.equals("limit=2")) {
      String link = nextLinkOverride != null ? nextLinkOverride : fixtureLink();
      send(exchange, 200, fixtureBody("nrps-memberships-get-paged.json"), link);
    } else if (query.equals("limit=2&from=2")) {
      send(exchange, 200, secondPage(), null);
    } else {
      send(exchange, 404, "{}", null);
    }
  }

  /** Not captured: the rest of the full roster after the first two members. */
  private static String secondPage() {
    Map<String, Object> full = body("nrps-memberships-get.json");
    List<Object> members = new ArrayList<>((List<?>) full.get("members"));
    full.put("members", members.subList(2, members.size()));
    return JSONObjectUtils.toJSONString(full);
  }

  private String fixtureLink() {
    Map<String, Object> headers = headers("nrps-memberships-get-paged.json");
    return ((String) headers.get("Link")).replace(MOODLE, base);
  }

  private String fixtureBody(String file) {
    return JSONObjectUtils.toJSONString(body(file)).replace(MOODLE, base);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(String file) {
    Map<String, Object> response = (Map<String, Object>) MoodleFixtures.json(file).get("response");
    return (Map<String, Object>) response.get("body");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> headers(String file) {
    Map<String, Object> response = (Map<String, Object>) MoodleFixtures.json(file).get("response");
    return (Map<String, Object>) response.get("headers");
  }

  @SuppressWarnings("unchecked")
  private static String fixtureRequestHeader(String file) {
    Map<String, Object> request = (Map<String, Object>) MoodleFixtures.json(file).get("request");
    return (String) ((Map<String, Object>) request.get("headers")).get("Accept");
  }

  private static void send(HttpExchange exchange, int status, String body, String link)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", Memberships.MEDIA_TYPE);
    if (link != null) {
      exchange.getResponseHeaders().add("Link", link);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private record HttpExchangeRecord(String query, String accept, String authorization) {}
}
