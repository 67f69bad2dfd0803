package nl.onakoers.lti;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;

/**
 * The captured Moodle 5.1 traffic in {@code shared/fixtures/moodle-5.1}: id_tokens with their state
 * and nonce, the platform JWKS and the registration. The folder is taken from the system property
 * {@code ona.fixtures}, else {@code ../shared/fixtures/moodle-5.1}, else {@code
 * /work/shared/fixtures/moodle-5.1}.
 */
public final class MoodleFixtures {

  /** The {@code <who>} of every captured id_token. */
  public static final List<String> LAUNCHES =
      List.of("student1", "teacher1", "teacher1-deeplinking", "student1-rk3");

  public static final String REGISTRATION_ID = "moodle-5.1-fixture";
  public static final String DEPLOYMENT_ID = "2";
  public static final String PLATFORM_KID = "514b9854332c213bfc7e";

  private static final Path DIRECTORY = findDirectory();

  private MoodleFixtures() {}

  public static String idToken(String who) {
    return read("id-token-" + who + ".jwt").strip();
  }

  /** The decoded claims of the id_token, as the fixture's {@code .json} shows them. */
  public static Map<String, Object> decodedClaims(String who) {
    return object(json("id-token-" + who + ".json"), "claims");
  }

  public static Map<String, Object> meta(String who) {
    return json("id-token-" + who + ".meta.json");
  }

  public static Instant capturedAt(String who) {
    return Instant.ofEpochSecond(((Number) meta(who).get("captured_at")).longValue());
  }

  public static Instant expiresAt(String who) {
    return Instant.ofEpochSecond(((Number) meta(who).get("exp")).longValue());
  }

  public static Instant issuedAt(String who) {
    return Instant.ofEpochSecond(((Number) meta(who).get("iat")).longValue());
  }

  public static boolean isDeepLinking(String who) {
    return who.contains("deeplinking");
  }

  public static JWKSet platformJwks() {
    try {
      return JWKSet.parse(read("platform-jwks.json"));
    } catch (ParseException e) {
      throw new IllegalStateException("platform-jwks.json is not a JWK set", e);
    }
  }

  /** The registration of {@code registration.json}; deployments are not approved automatically. */
  public static Registration registration() {
    Map<String, Object> platform = object(json("registration.json"), "platform");
    return new Registration(
        REGISTRATION_ID,
        (String) platform.get("issuer"),
        (String) platform.get("client_id"),
        URI.create((String) platform.get("authorization_endpoint")),
        URI.create((String) platform.get("token_endpoint")),
        null,
        URI.create((String) platform.get("jwks_uri")),
        "Moodle 5.1 fixture",
        PlatformKind.MOODLE,
        false,
        Instant.parse("2026-12-01T00:00:00Z"));
  }

  public static Deployment activeDeployment() {
    return new Deployment(
        REGISTRATION_ID,
        DEPLOYMENT_ID,
        DeploymentStatus.ACTIVE,
        "",
        Instant.parse("2026-12-01T00:00:00Z"));
  }

  /** The login state the tool would have stored for the login initiation of {@code who}. */
  public static LoginState loginState(String who) {
    Map<String, Object> meta = meta(who);
    Map<String, Object> initiation = object(json("login-initiation-" + who + ".json"), "params");
    Instant issued = capturedAt(who).minusSeconds(5);
    return new LoginState(
        (String) meta.get("state"),
        (String) meta.get("nonce"),
        REGISTRATION_ID,
        (String) initiation.get("target_link_uri"),
        (String) meta.get("redirect_uri"),
        null,
        (String) initiation.get("login_hint"),
        (String) initiation.get("lti_message_hint"),
        (String) initiation.get("lti_deployment_id"),
        issued,
        issued.plusSeconds(600),
        null);
  }

  /** A fixture file's text, e.g. {@code openid-configuration.json}. */
  public static String text(String file) {
    return read(file);
  }

  /** A fixture file as JSON, e.g. {@code login-initiation-student1.json}. */
  public static Map<String, Object> json(String file) {
    try {
      return JSONObjectUtils.parse(read(file));
    } catch (ParseException e) {
      throw new IllegalStateException(file + " is not JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> json, String name) {
    return (Map<String, Object>) json.get(name);
  }

  private static String read(String file) {
    try {
      return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read fixture " + file + " in " + DIRECTORY, e);
    }
  }

  private static Path findDirectory() {
    String configured = System.getProperty("ona.fixtures");
    return Stream.of(
            configured, "../shared/fixtures/moodle-5.1", "/work/shared/fixtures/moodle-5.1")
        .filter(candidate -> candidate != null && !candidate.isBlank())
        .map(Path::of)
        .filter(path -> Files.isRegularFile(path.resolve("registration.json")))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Moodle fixtures not found: set -Dona.fixtures=<dir of moodle-5.1>"));
  }
}
