package nl.onakoers.lti.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.lti.platform.RegistrationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginInitiationTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:10Z");
  private static final String MOODLE = "http://127.0.0.1:8081";

  private final Registrations registrations = new Registrations();
  private final States states = new States();
  private final LoginInitiation initiation =
      new LoginInitiation(
          registrations,
          states,
          new Settings(Map.of("ona.base.url", "http://localhost:8080")::get),
          Clock.fixed(NOW, ZoneOffset.UTC));

  LoginInitiationTest() {
    registrations.add(registration("moodle", MOODLE, "vCBy6qIt7F9CdIl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"student1", "teacher1", "teacher1-deeplinking", "student1-rk3"})
  void moodleInitiationRedirectsWithTheAuthenticationRequestMoodleAccepted(String who)
      throws Exception {
    Map<String, Object> captured = json("login-initiation-" + who + ".json");
    Map<String, Object> meta = json("id-token-" + who + ".meta.json");
    @SuppressWarnings("unchecked")
    Map<String, String> params = (Map<String, String>) captured.get("params");

    LoginRedirect redirect = initiation.initiate(request(params));

    @SuppressWarnings("unchecked")
    Map<String, Object> accepted =
        new LinkedHashMap<>(
            (Map<String, Object>) ((Map<String, Object>) meta.get("auth_request")).get("params"));
    Map<String, String> sent = query(redirect.authenticationRequest());
    assertThat(redirect.authenticationRequest().toString())
        .startsWith(MOODLE + "/mod/lti/auth.php?");
    accepted.remove("state");
    accepted.remove("nonce");
    assertThat(sent).containsAllEntriesOf(toStrings(accepted));
    assertThat(sent.get("state")).isEqualTo(redirect.loginState().state()).hasSize(43);
    assertThat(sent.get("nonce")).isEqualTo(redirect.loginState().nonce()).hasSize(43);
    assertThat(states.find(sent.get("state"))).isPresent();
  }

  @Test
  void getAndPostCarryTheSameParametersAndEachLoginGetsFreshStateAndNonce() {
    LoginRequest request =
        new LoginRequest(MOODLE, "4", "http://localhost:8080/lti/launch", null, null, "2", null);

    LoginState first = initiation.initiate(request).loginState();
    LoginState second = initiation.initiate(request).loginState();

    assertThat(first.state()).isNotEqualTo(second.state());
    assertThat(first.nonce()).isNotEqualTo(second.nonce()).isNotEqualTo(first.state());
    assertThat(first.expiresAt()).isEqualTo(NOW.plus(LoginInitiation.STATE_LIFETIME));
  }

  @Test
  void initiationWithoutRequiredParametersNamesThemAll() {
    LoginRequest request = new LoginRequest(MOODLE, " ", null, null, null, null, null);

    assertThatThrownBy(() -> initiation.initiate(request))
        .isInstanceOfSatisfying(
            LoginRejectedException.class,
            e -> assertThat(e.error()).isEqualTo(LoginError.PARAM_MISSING))
        .hasMessageContaining("login_hint")
        .hasMessageContaining("target_link_uri");
  }

  @Test
  void overlongParametersAreRejectedBeforeAnythingIsStored() {
    String tooLong = "x".repeat(4001);

    assertRejected(
        new LoginRequest(
            MOODLE, "4", "http://localhost:8080/lti/launch", null, tooLong, null, null),
        LoginError.PARAM_TOO_LONG);
    assertRejected(
        new LoginRequest(
            MOODLE, "4", "http://localhost:8080/lti/launch", null, null, null, "s".repeat(201)),
        LoginError.PARAM_TOO_LONG);
    assertThat(states.count()).isZero();
  }

  @Test
  void unknownIssuerIsRejected() {
    assertRejected(
        new LoginRequest(
            "https://other.example",
            "4",
            "http://localhost:8080/lti/launch",
            null,
            null,
            null,
            null),
        LoginError.REGISTRATION_UNKNOWN);
  }

  @Test
  void unknownClientIdOfAKnownIssuerIsRejected() {
    assertRejected(
        new LoginRequest(MOODLE, "4", "http://localhost:8080/lti/launch", "nope", null, null, null),
        LoginError.REGISTRATION_UNKNOWN);
  }

  @Test
  void registrationWaitingForApprovalIsRefusedWith403AndNothingIsStored() {
    String canvas = "https://canvas.instructure.com";
    registrations.add(
        registration("school-a", canvas, "10000000000001").withStatus(RegistrationStatus.PENDING));

    assertRejected(
        new LoginRequest(
            canvas, "u1", "http://localhost:8080/lti/launch", "10000000000001", null, null, null),
        LoginError.REGISTRATION_PENDING);
    assertThat(LoginError.REGISTRATION_PENDING.httpStatus()).isEqualTo(403);
    assertThat(LoginError.REGISTRATION_PENDING.code()).isEqualTo("LTI-LOGIN-REGISTRATION-PENDING");
    assertThat(states.count()).isZero();
  }

  @Test
  void sharedIssuerWithoutClientIdIsRejectedAndWithClientIdPicksTheRightSchool() {
    String canvas = "https://canvas.instructure.com";
    registrations.add(registration("school-a", canvas, "10000000000001"));
    registrations.add(registration("school-b", canvas, "10000000000002"));

    assertRejected(
        new LoginRequest(canvas, "u1", "http://localhost:8080/lti/launch", null, null, null, null),
        LoginError.CLIENT_ID_REQUIRED);
    LoginState state =
        initiation
            .initiate(
                new LoginRequest(
                    canvas,
                    "u1",
                    "http://localhost:8080/lti/launch",
                    "10000000000002",
                    null,
                    null,
                    "post_message_forwarding"))
            .loginState();
    assertThat(state.registrationId()).isEqualTo("school-b");
    assertThat(state.usesPlatformStorage()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/lti/launch",
        "http://localhost:9090/lti/launch",
        "https://localhost:8080/lti/launch",
        "not a uri"
      })
  void targetLinkUriOutsideTheToolIsRejected(String target) {
    assertRejected(
        new LoginRequest(MOODLE, "4", target, null, null, null, null), LoginError.TARGET_INVALID);
  }

  @Test
  void redirectUriIsTheToolsOwnEvenWhenTheTargetCarriesExtras() {
    LoginRedirect redirect =
        initiation.initiate(
            new LoginRequest(
                MOODLE,
                "4",
                "http://localhost:8080/lti/launch?card=RK3#x",
                null,
                null,
                null,
                null));

    assertThat(query(redirect.authenticationRequest()))
        .containsEntry("redirect_uri", "http://localhost:8080/lti/launch");
  }

  @Test
  void authUrlWithItsOwnQueryKeepsIt() {
    registrations.add(
        new Registration(
            "q",
            "https://lms.example",
            "c1",
            URI.create("https://lms.example/auth?tenant=7"),
            URI.create("https://lms.example/token"),
            null,
            URI.create("https://lms.example/jwks"),
            "LMS",
            PlatformKind.GENERIC,
            false,
            NOW));

    URI request =
        initiation
            .initiate(
                new LoginRequest(
                    "https://lms.example",
                    "u",
                    "http://localhost:8080/lti/launch",
                    "c1",
                    null,
                    null,
                    null))
            .authenticationRequest();

    assertThat(request.toString()).startsWith("https://lms.example/auth?tenant=7&scope=openid");
    assertThat(query(request)).doesNotContainKey("lti_message_hint");
  }

  private void assertRejected(LoginRequest request, LoginError expected) {
    assertThatThrownBy(() -> initiation.initiate(request))
        .isInstanceOfSatisfying(
            LoginRejectedException.class, e -> assertThat(e.error()).isEqualTo(expected));
  }

  private static LoginRequest request(Map<String, String> p) {
    return new LoginRequest(
        p.get("iss"),
        p.get("login_hint"),
        p.get("target_link_uri"),
        p.get("client_id"),
        p.get("lti_message_hint"),
        p.get("lti_deployment_id"),
        p.get("lti_storage_target"));
  }

  private static Registration registration(String id, String issuer, String clientId) {
    return new Registration(
        id,
        issuer,
        clientId,
        URI.create(issuer + "/mod/lti/auth.php"),
        URI.create(issuer + "/mod/lti/token.php"),
        null,
        URI.create(issuer + "/mod/lti/certs.php"),
        "Test platform",
        PlatformKind.MOODLE,
        false,
        NOW);
  }

  private static Map<String, Object> json(String file) {
    return MoodleFixtures.json(file);
  }

  private static Map<String, String> toStrings(Map<String, Object> map) {
    Map<String, String> strings = new LinkedHashMap<>();
    map.forEach((k, v) -> strings.put(k, String.valueOf(v)));
    return strings;
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      values.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return values;
  }

  /** Registrations held in a list: enough for choosing by issuer and client_id. */
  static final class Registrations implements RegistrationRepository {
    private final List<Registration> all = new ArrayList<>();

    void add(Registration registration) {
      all.add(registration);
    }

    @Override
    public Optional<Registration> find(String id) {
      return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<Registration> findByIssuer(String issuer) {
      return all.stream().filter(r -> r.issuer().equals(issuer)).toList();
    }

    @Override
    public Optional<Registration> findByIssuerAndClientId(String issuer, String clientId) {
      return findByIssuer(issuer).stream().filter(r -> r.clientId().equals(clientId)).findFirst();
    }

    @Override
    public List<Registration> all() {
      return List.copyOf(all);
    }

    @Override
    public void save(Registration registration) {
      all.add(registration);
    }

    @Override
    public boolean delete(String id) {
      return all.removeIf(r -> r.id().equals(id));
    }

    @Override
    public Optional<Deployment> findDeployment(String registrationId, String deploymentId) {
      return Optional.empty();
    }

    @Override
    public List<Deployment> deployments(String registrationId) {
      return List.of();
    }

    @Override
    public Deployment recordDeployment(Deployment deployment) {
      return deployment;
    }

    @Override
    public void saveDeployment(Deployment deployment) {}

    @Override
    public boolean deleteDeployment(String registrationId, String deploymentId) {
      return false;
    }
  }

  /** Login states in a map. */
  static final class States implements LoginStateRepository {
    private final Map<String, LoginState> byState = new LinkedHashMap<>();

    int count() {
      return byState.size();
    }

    @Override
    public void add(LoginState state) {
      byState.put(state.state(), state);
    }

    @Override
    public Optional<LoginState> find(String state) {
      return Optional.ofNullable(byState.get(state));
    }

    @Override
    public boolean markUsed(String state, Instant at) {
      return false;
    }

    @Override
    public int deleteExpiredBefore(Instant instant) {
      return 0;
    }
  }
}
