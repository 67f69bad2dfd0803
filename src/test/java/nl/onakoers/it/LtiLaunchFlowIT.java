package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole LTI 1.3 front door over HTTP on Payara Micro: a stand-in platform (this test, with its
 * own key served as a JWKS on loopback) registers through the admin API, initiates a login by GET
 * and by POST, signs an id_token, posts it to the launch endpoint and follows the tool to the
 * role's first page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiLaunchFlowIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private HttpServer platform;
  private RSAKey platformKey;
  private String issuer;
  private final String clientId = "client-" + UUID.randomUUID();

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /**
   * Starts the stand-in platform and registers it. Called by each test, not in a @BeforeEach:
   * Arquillian injects the deployment URL only when the test method itself runs.
   */
  private void givenARegisteredPlatform() throws Exception {
    platformKey = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
    platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] jwks = new JWKSet(platformKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    platform.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    platform.start();
    issuer = "http://127.0.0.1:" + platform.getAddress().getPort();

    String registration =
        """
        {"issuer":"%s","clientId":"%s","authUrl":"%s/auth","tokenUrl":"%s/token",
         "jwksUrl":"%s/jwks","displayName":"IT platform","kind":"moodle"}"""
            .formatted(issuer, clientId, issuer, issuer, issuer);
    HttpResponse<String> created = admin("POST", "api/admin/registrations", registration);
    assertThat(created.statusCode()).as("create registration: " + created.body()).isEqualTo(201);
    String id = created.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    HttpResponse<String> deployment =
        admin(
            "POST",
            "api/admin/registrations/" + id + "/deployments",
            "{\"deploymentId\":\"dep-1\",\"status\":\"active\"}");
    assertThat(deployment.statusCode()).as("add deployment: " + deployment.body()).isEqualTo(201);
  }

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.stop(0);
    }
  }

  @Test
  void learnerLaunchAfterGetLoginOpensTheParticipantPage() throws Exception {
    givenARegisteredPlatform();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/login?" + form(loginParameters())))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    HttpResponse<String> page = launchWith(login, "Learner");

    assertThat(page.statusCode()).as("participant page status").isEqualTo(200);
    assertThat(page.body()).contains("Welkom bij ONA Koers").contains("Hallo Sam Student");
  }

  @Test
  void instructorLaunchAfterPostLoginOpensTheCoachPage() throws Exception {
    givenARegisteredPlatform();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(loginParameters())))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    HttpResponse<String> page = launchWith(login, "Instructor");

    assertThat(page.statusCode()).as("coach page status").isEqualTo(200);
    assertThat(page.body()).contains("ONA Koers voor begeleiders");
  }

  @Test
  void theSameIdTokenPostedTwiceIsRefusedTheSecondTime() throws Exception {
    givenARegisteredPlatform();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/login?" + form(loginParameters())))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, String> auth = query(URI.create(login.headers().firstValue("Location").get()));
    String idToken = idToken(auth.get("nonce"), "Learner");

    HttpResponse<String> first = postLaunch(auth.get("state"), idToken);
    HttpResponse<String> replay = postLaunch(auth.get("state"), idToken);

    assertThat(first.statusCode()).as("first launch").isEqualTo(303);
    assertThat(replay.statusCode()).as("replayed launch").isEqualTo(400);
    assertThat(replay.body()).contains("LTI-STATE-USED").containsPattern("ONA-[A-Z0-9]{6}");
  }

  @Test
  void withoutTheStateCookieTheBrowserIsOfferedANewWindowAndTheStateStaysUnspent()
      throws Exception {
    givenARegisteredPlatform();
    Map<String, String> auth = query(loginLocation());
    String idToken = idToken(auth.get("nonce"), "Learner");

    HttpResponse<String> noCookie = postLaunchWithout(auth.get("state"), idToken, Map.of());

    assertThat(noCookie.statusCode()).as("launch without cookie").isEqualTo(401);
    assertThat(noCookie.body()).contains("nieuw venster").contains("/lti/login?iss=");
    assertThat(postLaunch(auth.get("state"), idToken).statusCode())
        .as("the same launch with its cookie still works")
        .isEqualTo(303);
  }

  @Test
  void aStorageProofIsOnlyTakenFromTheToolsOwnPage() throws Exception {
    givenARegisteredPlatform();
    Map<String, String> login = loginParameters();
    login.put("lti_storage_target", "post_message_forwarding");
    Map<String, String> auth = query(loginLocation(login));
    String state = auth.get("state");
    String idToken = idToken(auth.get("nonce"), "Learner");

    HttpResponse<String> forged =
        postLaunchWithout(state, idToken, Map.of("Origin", "http://evil.example"));
    HttpResponse<String> ownPage = postLaunchWithout(state, idToken, Map.of("Origin", TOOL));

    assertThat(forged.statusCode()).as("cross-site form: proof ignored").isEqualTo(200);
    assertThat(forged.body()).as("it gets the storage-check page").contains("lti-storage.js");
    assertThat(ownPage.statusCode()).as("the tool's storage-check page").isEqualTo(303);
  }

  @Test
  void postsWithoutContentTypeGetAClearAnswerNotAServerError() throws Exception {
    HttpResponse<String> empty =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/launch"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> untyped =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/login"))
                .POST(HttpRequest.BodyPublishers.ofString("iss=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(empty.statusCode()).as("empty launch POST").isEqualTo(400);
    assertThat(empty.body()).contains("LTI-STATE-UNKNOWN");
    assertThat(untyped.statusCode()).as("body without Content-Type").isEqualTo(415);
  }

  @Test
  void platformErrorPostGetsAFriendlyPage() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "error=launch_no_longer_valid&error_description=gone&state=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("LTI-PLATFORM-ERROR").contains("opnieuw");
  }

  private HttpResponse<String> launchWith(HttpResponse<String> login, String role)
      throws Exception {
    assertThat(login.statusCode()).as("login initiation answers with a redirect").isEqualTo(303);
    URI authRequest = URI.create(login.headers().firstValue("Location").orElseThrow());
    assertThat(authRequest.toString()).startsWith(issuer + "/auth?");
    assertThat(login.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).contains("SameSite=None").contains("Partitioned"));
    Map<String, String> auth = query(authRequest);
    assertThat(auth).containsEntry("redirect_uri", TOOL + "/lti/launch");

    HttpResponse<String> launch = postLaunch(auth.get("state"), idToken(auth.get("nonce"), role));
    assertThat(launch.statusCode()).as("launch: " + launch.body()).isEqualTo(303);
    String next = launch.headers().firstValue("Location").orElseThrow();
    assertThat(next).startsWith(TOOL + "/app?s=");

    URI page = tool().resolve(next.substring(TOOL.length() + 1));
    return http.send(
        HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postLaunch(String state, String idToken) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool().resolve("lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "lti_state_" + state + "=" + state)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(Map.of("id_token", idToken, "state", state))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI loginLocation() throws Exception {
    return loginLocation(loginParameters());
  }

  private URI loginLocation(Map<String, String> parameters) throws Exception {
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(tool().resolve("lti/login?" + form(parameters))).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() == 200) {
      // With a storage target the tool answers with its put_data page, which then continues.
      String escaped = login.body().replaceAll("(?s).*data-continue=\"([^\"]+)\".*", "$1");
      return URI.create(escaped.replace("&amp;", "&"));
    }
    return URI.create(login.headers().firstValue("Location").orElseThrow());
  }

  /** A launch POST without the state cookie, carrying the state as storage proof. */
  private HttpResponse<String> postLaunchWithout(
      String state, String idToken, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(tool().resolve("lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded");
    headers.forEach(request::header);
    String body = form(Map.of("id_token", idToken, "state", state, "lti_storage_proof", state));
    return http.send(
        request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String idToken(String nonce, String role) throws Exception {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(clientId)
            .subject("user-42")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(60)))
            .claim("nonce", nonce)
            .claim("name", "Sam Student")
            .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "dep-1")
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
            .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/target_link_uri", TOOL + "/lti/launch")
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/resource_link",
                Map.of("id", "link-1", "title", "ONA"))
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/context",
                Map.of("id", "course-1", "title", "ONA groep 3"))
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + role))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(platformKey.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(platformKey));
    return jwt.serialize();
  }

  private Map<String, String> loginParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", issuer);
    parameters.put("login_hint", "user-42");
    parameters.put("target_link_uri", TOOL + "/lti/launch");
    parameters.put("client_id", clientId);
    parameters.put("lti_message_hint", "{\"launchid\":\"x1\"}");
    parameters.put("lti_deployment_id", "dep-1");
    return parameters;
  }

  private HttpResponse<String> admin(String method, String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool().resolve(path))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }

  private static String form(Map<String, String> values) {
    return StandInPlatform.form(values);
  }

  private static Map<String, String> query(URI uri) {
    return StandInPlatform.query(uri);
  }
}
