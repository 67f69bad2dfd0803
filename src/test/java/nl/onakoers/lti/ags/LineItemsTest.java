package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.api.Test;

class LineItemsTest {

  private static final URI CONTAINER =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2");
  private static final URI ACTIVITY_ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem?type_id=2");
  private static final LineItemRequest RK2 =
      new LineItemRequest("2", "RK2", "resultaatkaart", "Resultaatkaart RK2", 10);

  private final StubPlatform platform = new StubPlatform();
  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1796311985L));
  private final LineItems lineItems =
      new LineItems(new AccessTokens(FixtureToolKeys.toolKeys(), platform, clock), platform);
  private final Registration moodle = MoodleFixtures.registration();
  private final AgsEndpoint containerOnly = new AgsEndpoint(Set.of(), CONTAINER, null);

  @Test
  void launchLineItemClaimIsUsedWithoutAskingThePlatform() {
    AgsEndpoint endpoint =
        AgsEndpoint.parse(
            JSONObjectUtils.toJSONString(
                (Map<String, Object>)
                    MoodleFixtures.decodedClaims("student1").get(LtiClaims.AGS_ENDPOINT)));

    assertThat(lineItems.lineItemFor(moodle, endpoint, RK2)).isEqualTo(ACTIVITY_ITEM);
    assertThat(platform.requests).isEmpty();
  }

  @Test
  void lineItemIsFoundByCardAndTagInTheContainer() {
    platform.answer("token-request.json").answer("ags-lineitems-get-filtered.json");
    Map<String, Object> captured = StubPlatform.fixtureRequest("ags-lineitems-get-filtered.json");

    URI found = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(found)
        .hasToString("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/4/lineitem?type_id=2");
    PlatformRequest get = platform.last();
    assertThat(get.method()).isEqualTo("GET");
    assertThat(withoutQuery(get.uri())).isEqualTo(withoutQuery(url(captured)));
    Map<String, String> expected = new java.util.HashMap<>(query(url(captured)));
    expected.put("resource_link_id", "2");
    assertThat(query(get.uri())).isEqualTo(expected);
    assertThat(get.uri().toString()).startsWith(CONTAINER + "&");
    assertThat(get.header("Accept")).isEqualTo(header(captured, "Accept"));
    assertThat(get.header("Authorization")).isEqualTo("Bearer REDACTED-TOKEN");
  }

  @Test
  void pagesAreFollowedThroughMoodlesMalformedLinkHeader() {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get-paged.json")
        .answer("ags-lineitems-get-filtered.json");

    URI found = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(found)
        .hasToString(CONTAINER.toString().replace("lineitems?", "lineitems/4/lineitem?"));
    assertThat(platform.last().uri())
        .hasToString(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2&limit=1&from=1");
  }

  @Test
  void aColumnCreatedWithoutTheLinkIsFoundOnTheSecondLookWithoutTheLinkFilter() {
    platform
        .answer("token-request.json")
        .answer(200, "[]")
        .answer("ags-lineitems-get-filtered.json");

    URI found = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(found.toString()).contains("/lineitems/4/lineitem?type_id=2");
    assertThat(query(platform.requests.get(1).uri())).containsEntry("resource_link_id", "2");
    assertThat(query(platform.requests.get(2).uri()))
        .doesNotContainKey("resource_link_id")
        .containsEntry("type_id", "2")
        .containsEntry("resource_id", "RK2")
        .containsEntry("tag", "resultaatkaart");
  }

  @Test
  void aColumnOfAnotherResourceLinkIsNotReused() {
    platform
        .answer("token-request.json")
        .answer(
            200,
            "[{\"id\":\"https://lms.example/items/9\",\"resourceId\":\"RK2\","
                + "\"tag\":\"resultaatkaart\",\"resourceLinkId\":\"77\"}]")
        .answer(
            200,
            "[{\"id\":\"https://lms.example/items/9\",\"resourceId\":\"RK2\","
                + "\"tag\":\"resultaatkaart\",\"resourceLinkId\":\"77\"}]")
        .answer("ags-lineitem-post.json");

    URI found = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(found.toString()).contains("/lineitems/4/");
  }

  @Test
  void lineItemIsCreatedBoundToTheResourceLinkWhenNoneMatches() throws Exception {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitem-post.json");

    URI created = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(created)
        .hasToString("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/4/lineitem?type_id=2");
    PlatformRequest post = platform.last();
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.uri()).isEqualTo(CONTAINER);
    assertThat(post.header("Content-Type")).isEqualTo("application/vnd.ims.lis.v2.lineitem+json");
    assertThat(JSONObjectUtils.parse(post.body())).containsEntry("resourceLinkId", "2");
  }

  @Test
  void refusedResourceLinkMeansTheLineItemIsCreatedWithoutIt() throws Exception {
    platform
        .answer("token-request.json")
        .answer("ags-lineitems-get.json")
        .answer("ags-lineitems-get.json")
        .answer(400, "[]")
        .answer("ags-lineitem-post.json");
    Map<String, Object> captured = StubPlatform.fixtureRequest("ags-lineitem-post.json");

    URI created = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(created.toString()).contains("/lineitems/4/lineitem?type_id=2");
    PlatformRequest retry = platform.last();
    assertThat(retry.uri()).hasToString((String) captured.get("url"));
    assertThat(retry.header("Content-Type")).isEqualTo(header(captured, "Content-Type"));
    assertThat(retry.header("Accept")).isEqualTo(header(captured, "Accept"));
    assertThat(JSONObjectUtils.parse(retry.body())).isEqualTo(captured.get("body"));
  }

  @Test
  void refusedCreationWithoutALinkIsAnError() {
    LineItemRequest unlinked =
        new LineItemRequest(null, "RK2", "resultaatkaart", "Resultaatkaart RK2", 10);
    platform.answer("token-request.json").answer(200, "[]").answer(403, "[]");

    assertThatThrownBy(() -> lineItems.lineItemFor(moodle, containerOnly, unlinked))
        .isInstanceOfSatisfying(
            AgsRequestException.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThat(platform.requests).hasSize(3);
  }

  @Test
  void unauthorizedGetsOneRetryWithAFreshToken() {
    platform
        .answer("token-request.json")
        .answer(401, "")
        .answer("token-request.json")
        .answer("ags-lineitems-get-filtered.json");

    URI found = lineItems.lineItemFor(moodle, containerOnly, RK2);

    assertThat(found.toString()).contains("/lineitems/4/");
    assertThat(platform.requests).hasSize(4);
  }

  private static URI url(Map<String, Object> request) {
    return URI.create((String) request.get("url"));
  }

  @SuppressWarnings("unchecked")
  private static String header(Map<String, Object> request, String name) {
    return (String) ((Map<String, Object>) request.get("headers")).get(name);
  }

  private static String withoutQuery(URI uri) {
    return uri.toString().replaceAll("\\?.*", "");
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }
}
