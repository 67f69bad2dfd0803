package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.deeplink.DeepLinkingResponse;
import nl.onakoers.lti.deeplink.TestToolKeys;
import nl.onakoers.lti.keys.ToolKeys;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.Test;

/** The picker and the auto-post page, from a session opened by Moodle's deep-linking request. */
class DeepLinkPagesTest {

  private static final Instant NOW = Instant.ofEpochSecond(1796312020);
  private static final String INSTRUCTOR =
      LtiClaims.ROLE_CONTEXT_PREFIX + LtiClaims.ROLE_INSTRUCTOR;
  private static final String LEARNER = LtiClaims.ROLE_CONTEXT_PREFIX + LtiClaims.ROLE_LEARNER;
  private static final Pattern JWT_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"JWT\" value=\"([^\"]+)\">");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final ToolKeys keys = TestToolKeys.moodleFixtureKey(clock);
  private final DeepLinkPages pages = pages();

  @Test
  void coachSeesEveryModuleAndCardAsCheckboxesWhenSeveralAreAccepted() {
    DeepLinkPages.Outcome response = pages.pickerOutcome(session(true, moodleSettings()), "tok");

    String html = html(response);
    assertThat(status(response)).isEqualTo(200);
    assertThat(html)
        .contains("<input type=\"hidden\" name=\"s\" value=\"tok\">")
        .contains("<form method=\"post\" action=\"/app/deep-link\">")
        .doesNotContain("type=\"radio\"")
        .contains("Resultaatkaart RK3: Mijn wensberoep (maximaal 12 punten)");
    for (int n = 1; n <= ContentCatalog.MODULE_COUNT; n++) {
      assertThat(html)
          .contains("type=\"checkbox\" name=\"item\" value=\"M" + n + "\"")
          .contains("type=\"checkbox\" name=\"item\" value=\"RK" + n + "\"")
          .contains("id=\"d-M" + n + "\"")
          .contains("id=\"d-RK" + n + "\"");
    }
  }

  @Test
  void radioButtonsWhenThePlatformAcceptsOneItem() {
    String settings =
        moodleSettings().replace("\"accept_multiple\":true", "\"accept_multiple\":false");

    String html = html(pages.pickerOutcome(session(true, settings), "tok"));

    assertThat(html)
        .contains("type=\"radio\" name=\"item\" value=\"M1\"")
        .doesNotContain("checkbox");
  }

  @Test
  void nothingIsOfferedWhenResourceLinksAreNotAccepted() {
    String settings = moodleSettings().replace("\"ltiResourceLink\"", "\"file\"");

    String html = html(pages.pickerOutcome(session(true, settings), "tok"));

    assertThat(html).contains("class=\"notice\"").doesNotContain("name=\"item\"");
  }

  @Test
  void chosenCardIsPostedToTheReturnUrlAsASignedJwtByAStaticScriptAndAButton() throws Exception {
    DeepLinkPages.Outcome response =
        pages.respondOutcome(session(true, moodleSettings()), "tok", List.of("RK3"));

    String html = html(response);
    assertThat(status(response)).isEqualTo(200);
    assertThat(html)
        .contains(
            "<form id=\"deep-link-return\" method=\"post\" action=\"http://127.0.0.1:8081"
                + "/mod/lti/contentitem_return.php?course=2&amp;id=2&amp;sesskey=lEGDDgPmre\">")
        .contains("<button type=\"submit\">")
        .contains("<script src=\"/static/deep-link-return.js\"></script>")
        .doesNotContainPattern("<script>|style=");
    SignedJWT jwt = SignedJWT.parse(jwtIn(html));
    assertThat(jwt.verify(new RSASSAVerifier((RSAKey) keys.publicJwks().getKeys().get(0))))
        .isTrue();
    List<Object> items = jwt.getJWTClaimsSet().getListClaim(LtiClaims.CONTENT_ITEMS);
    assertThat(items).hasSize(1);
    assertThat(((Map<?, ?>) items.get(0)).get("custom")).isEqualTo(Map.of("card", "RK3"));
  }

  @Test
  void severalChoicesBecomeSeveralItemsInTheirOrderAndDuplicatesCountOnce() throws Exception {
    DeepLinkPages.Outcome response =
        pages.respondOutcome(session(true, moodleSettings()), "tok", List.of("M1", "RK1", "M1"));

    SignedJWT jwt = SignedJWT.parse(jwtIn(html(response)));
    List<Object> items = jwt.getJWTClaimsSet().getListClaim(LtiClaims.CONTENT_ITEMS);
    assertThat(items)
        .extracting(i -> (Object) ((Map<?, ?>) i).get("custom"))
        .containsExactly((Object) Map.of("module", "M1"), Map.of("card", "RK1"));
  }

  @Test
  void emptySelectionShowsThePickerAgainWithAnError() {
    for (List<String> nothing : java.util.Arrays.asList(null, List.<String>of())) {
      DeepLinkPages.Outcome response =
          pages.respondOutcome(session(true, moodleSettings()), "tok", nothing);

      assertThat(status(response)).isEqualTo(400);
      assertThat(html(response))
          .contains("id=\"error-summary\"")
          .contains("Kies minstens een module of resultaatkaart.")
          .doesNotContain("name=\"JWT\"");
    }
  }

  @Test
  void twoChoicesAreRefusedWhenThePlatformAcceptsOne() {
    String settings =
        moodleSettings().replace("\"accept_multiple\":true", "\"accept_multiple\":false");

    DeepLinkPages.Outcome response =
        pages.respondOutcome(session(true, settings), "tok", List.of("M1", "M2"));

    assertThat(status(response)).isEqualTo(400);
    assertThat(html(response)).doesNotContain("name=\"JWT\"");
  }

  @Test
  void unknownChoiceIsRefused() {
    DeepLinkPages.Outcome response =
        pages.respondOutcome(session(true, moodleSettings()), "tok", List.of("RK99"));

    assertThat(status(response)).isEqualTo(400);
    assertThat(html(response)).contains("Deze keuze kent ONA Koers niet.");
  }

  @Test
  void learnerGetsTheForbiddenPageForPickerAndPost() {
    LaunchSession learner = session(false, moodleSettings());

    assertThat(pages.pickerOutcome(learner, "tok"))
        .isEqualTo(new DeepLinkPages.Refused(403, "deeplink.forbidden", "DL-NOT-COACH"));
    assertThat(pages.respondOutcome(learner, "tok", List.of("RK3")))
        .isEqualTo(new DeepLinkPages.Refused(403, "deeplink.forbidden", "DL-NOT-COACH"));
  }

  @Test
  void resourceLinkSessionCannotPostAChoice() {
    LaunchSession launch = withMessageType(session(true, moodleSettings()));

    assertThat(pages.respondOutcome(launch, "tok", List.of("RK3")))
        .isEqualTo(new DeepLinkPages.Refused(400, "deeplink.wrongmessage", "DL-NOT-DEEP-LINKING"));
  }

  @Test
  void sessionWithoutDeepLinkingSettingsIsRefused() {
    assertThat(pages.pickerOutcome(session(true, null), "tok"))
        .isEqualTo(new DeepLinkPages.Refused(400, "deeplink.nosettings", "DL-NO-SETTINGS"));
  }

  private DeepLinkPages pages() {
    InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
    registrations.save(MoodleFixtures.registration());
    DeepLinkPages pages = new DeepLinkPages();
    pages.templates = new Templates();
    pages.content = ContentCatalog.fromClasspath();
    pages.registrations = registrations;
    pages.response = new DeepLinkingResponse(keys, new Settings(key -> null), clock);
    return pages;
  }

  private static String moodleSettings() {
    Object settings =
        MoodleFixtures.decodedClaims("teacher1-deeplinking").get(LtiClaims.DEEP_LINKING_SETTINGS);
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) settings;
    return JSONObjectUtils.toJSONString(json);
  }

  private static LaunchSession session(boolean coach, String deepLinkingSettings) {
    return new LaunchSession(
        "id",
        MoodleFixtures.REGISTRATION_ID,
        MoodleFixtures.DEPLOYMENT_ID,
        coach ? "3" : "4",
        null,
        null,
        "2",
        "LTI Probe Course",
        null,
        LtiClaims.DEEP_LINKING_REQUEST,
        List.of(coach ? INSTRUCTOR : LEARNER),
        coach,
        false,
        Map.of(),
        deepLinkingSettings == null
            ? Map.of()
            : Map.of(LtiClaims.DEEP_LINKING_SETTINGS, deepLinkingSettings),
        null,
        "nl",
        NOW,
        NOW.plusSeconds(3600));
  }

  private static LaunchSession withMessageType(LaunchSession s) {
    return new LaunchSession(
        s.id(),
        s.registrationId(),
        s.deploymentId(),
        s.userId(),
        s.userName(),
        s.userEmail(),
        s.contextId(),
        s.contextTitle(),
        "2",
        LtiClaims.RESOURCE_LINK_REQUEST,
        s.roles(),
        s.coach(),
        s.testUser(),
        s.custom(),
        s.serviceClaims(),
        s.returnUrl(),
        s.locale(),
        s.createdAt(),
        s.expiresAt());
  }

  private static String html(DeepLinkPages.Outcome outcome) {
    assertThat(outcome).isInstanceOf(DeepLinkPages.Page.class);
    return ((DeepLinkPages.Page) outcome).html();
  }

  private static int status(DeepLinkPages.Outcome outcome) {
    assertThat(outcome).isInstanceOf(DeepLinkPages.Page.class);
    return ((DeepLinkPages.Page) outcome).status();
  }

  private static String jwtIn(String html) {
    Matcher matcher = JWT_FIELD.matcher(html);
    assertThat(matcher.find()).as("JWT field").isTrue();
    return matcher.group(1);
  }
}
