package nl.onakoers.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
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
import java.util.concurrent.CopyOnWriteArrayList;
import nl.onakoers.web.QueryString;

/**
 * A stand-in LTI 1.3 platform for tests and for local screenshots: it serves its own key as a JWKS
 * on loopback, registers itself with the tool through the admin API, and launches people by login
 * initiation, a signed id_token and the state cookie, ending at the tool's {@code /app?s=} page.
 *
 * <p>Not thread safe; one per test.
 */
public final class StandInPlatform implements AutoCloseable {

  /** A person in the stand-in course. */
  public record Person(String subject, String name, String role) {

    public static Person learner(String subject, String name) {
      return new Person(subject, name, "Learner");
    }

    public static Person coach(String subject, String name) {
      return new Person(subject, name, "Instructor");
    }
  }

  /** The bearer token the stand-in hands out and asks for on its NRPS endpoint. */
  static final String SERVICE_TOKEN = "stand-in-service-token";

  private static final String NRPS_MEDIA_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI tool;
  private final String publicBase;
  private final String adminToken;
  private final String clientId = "client-" + UUID.randomUUID();
  private final RSAKey key;
  private final HttpServer server;
  private final String issuer;
  private String registrationId;
  private volatile List<Person> roster = List.of();
  private volatile boolean rosterFails;
  private final java.util.concurrent.atomic.AtomicInteger rosterCalls =
      new java.util.concurrent.atomic.AtomicInteger();
  private final List<String> scores = new CopyOnWriteArrayList<>();

  /**
   * Starts the platform and registers it with one active deployment {@code dep-1}.
   *
   * @param tool where the tool answers HTTP requests from here; not {@code null}
   * @param publicBase the tool's configured public base URL, as the platform knows it
   * @param adminToken the tool's admin API token
   */
  public StandInPlatform(URI tool, String publicBase, String adminToken) throws Exception {
    this.tool = tool;
    this.publicBase = publicBase;
    this.adminToken = adminToken;
    this.key = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.createContext("/token", this::token);
    server.createContext("/nrps/memberships", this::memberships);
    server.createContext(
        "/lineitems",
        exchange -> {
          scores.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          answer(exchange, "{}");
        });
    server.start();
    this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    register();
  }

  private void register() throws Exception {
    String registration =
        """
        {"issuer":"%s","clientId":"%s","authUrl":"%s/auth","tokenUrl":"%s/token",
         "jwksUrl":"%s/jwks","displayName":"Stand-in platform","kind":"moodle"}"""
            .formatted(issuer, clientId, issuer, issuer, issuer);
    HttpResponse<String> created = admin("api/admin/registrations", registration);
    expect(created, 201, "create registration");
    String id = created.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    registrationId = id;
    HttpResponse<String> deployment =
        admin(
            "api/admin/registrations/" + id + "/deployments",
            "{\"deploymentId\":\"dep-1\",\"status\":\"active\"}");
    expect(deployment, 201, "add deployment");
  }

  /**
   * Launches a person into the course {@code course-1} with the link's custom parameters.
   *
   * @return the tool's first page for this launch, {@code /app?s=…}, resolved against the tool
   */
  public URI launch(Person person, Map<String, String> custom) throws Exception {
    return launch(person, custom, RESOURCE_LINK);
  }

  /**
   * Starts a deep-linking request ("select content") for a person in {@code course-1}.
   *
   * @param returnUrl the platform's {@code deep_link_return_url}
   * @param acceptMultiple the {@code accept_multiple} setting
   * @return the tool's first page for this request, {@code /app?s=…}, resolved against the tool
   */
  public URI deepLink(Person person, String returnUrl, boolean acceptMultiple) throws Exception {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("deep_link_return_url", returnUrl);
    settings.put("accept_types", List.of("ltiResourceLink"));
    settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
    settings.put("accept_multiple", acceptMultiple);
    settings.put("data", "stand-in-data");
    return launch(person, Map.of(), new Message(DEEP_LINKING, "/lti/deep-link", settings));
  }

  /**
   * The course members the NRPS endpoint lists, Moodle-style with short role names. Until this is
   * called the course has no members.
   */
  public void roster(List<Person> members) {
    this.roster = List.copyOf(members);
  }

  /** Makes the NRPS endpoint answer 500 from now on. */
  public void failRoster() {
    this.rosterFails = true;
  }

  /** How often the tool read the roster. */
  public int rosterCalls() {
    return rosterCalls.get();
  }

  /** Client credentials: any assertion gets a token for the scopes asked (not verified here). */
  private void token(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String scope = "";
    for (String pair : form.split("&")) {
      if (pair.startsWith("scope=")) {
        scope = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    String body =
        JSONObjectUtils.toJSONString(
            Map.of(
                "access_token",
                SERVICE_TOKEN,
                "token_type",
                "Bearer",
                "expires_in",
                3600,
                "scope",
                scope));
    send(exchange, 200, "application/json", body);
  }

  private void memberships(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    rosterCalls.incrementAndGet();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (rosterFails) {
      send(exchange, 500, "text/plain", "stand-in roster failure");
      return;
    }
    if (!("Bearer " + SERVICE_TOKEN).equals(authorization)) {
      send(exchange, 401, "text/plain", "no token");
      return;
    }
    List<Object> members = new java.util.ArrayList<>();
    for (Person person : roster) {
      members.add(
          Map.of(
              "user_id", person.subject(),
              "name", person.name(),
              "status", "Active",
              "roles", List.of(person.role())));
    }
    Map<String, Object> container =
        Map.of(
            "id",
            issuer + "/nrps/memberships",
            "context",
            Map.of("id", "course-1", "title", "ONA groep 3"),
            "members",
            members);
    send(exchange, 200, NRPS_MEDIA_TYPE, JSONObjectUtils.toJSONString(container));
  }

  private static void send(
      com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /**
   * Launches a person into another course of this platform, on the same resource link id.
   *
   * @return the tool's first page for this launch, {@code /app?s=…}, resolved against the tool
   */
  public URI launchIn(String contextId, Person person, Map<String, String> custom)
      throws Exception {
    return launch(
        person, custom, new Message(RESOURCE_LINK.type(), "/lti/launch", null, contextId));
  }

  /** The score bodies the tool posted to the line item, oldest first. */
  public List<String> scores() {
    return List.copyOf(scores);
  }

  /** The line item every resource-link launch names in its AGS claim. */
  public String lineItem() {
    return issuer + "/lineitems/1/lineitem?type_id=2";
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** The issuer, which is the {@code aud} of what the tool sends back. */
  /** The tool's id of this platform's registration. */
  public String registrationId() {
    return registrationId;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  private record Message(
      String type, String path, Map<String, Object> deepLinkingSettings, String contextId) {

    Message(String type, String path, Map<String, Object> deepLinkingSettings) {
      this(type, path, deepLinkingSettings, "course-1");
    }
  }

  private static final String DEEP_LINKING = "LtiDeepLinkingRequest";
  private static final Message RESOURCE_LINK =
      new Message("LtiResourceLinkRequest", "/lti/launch", null);

  private URI launch(Person person, Map<String, String> custom, Message message) throws Exception {
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(
                    tool.resolve("lti/login?" + form(loginParameters(person, message))))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(login, 303, "login initiation");
    Map<String, String> auth =
        query(URI.create(login.headers().firstValue("Location").orElseThrow()));
    String state = auth.get("state");

    HttpResponse<String> launch =
        http.send(
            HttpRequest.newBuilder(tool.resolve(message.path().substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "lti_state_" + state + "=" + state)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "id_token",
                                idToken(auth.get("nonce"), person, custom, message),
                                "state",
                                state))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(launch, 303, "launch");
    URI next = URI.create(launch.headers().firstValue("Location").orElseThrow());
    return tool.resolve(next.getRawPath().substring(1) + "?" + next.getRawQuery());
  }

  private String idToken(String nonce, Person person, Map<String, String> custom, Message message)
      throws Exception {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(clientId)
            .subject(person.subject())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(60)))
            .claim("nonce", nonce)
            .claim("name", person.name())
            .claim(LTI + "deployment_id", "dep-1")
            .claim(LTI + "message_type", message.type())
            .claim(LTI + "version", "1.3.0")
            .claim(LTI + "target_link_uri", publicBase + message.path())
            .claim(LTI + "context", Map.of("id", message.contextId(), "title", "ONA groep 3"))
            .claim(LTI + "custom", custom)
            .claim(
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of(
                    "context_memberships_url",
                    issuer + "/nrps/memberships",
                    "service_versions",
                    List.of("2.0")))
            .claim(
                LTI + "roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + person.role()));
    if (message.deepLinkingSettings() == null) {
      claims.claim(LTI + "resource_link", Map.of("id", "link-1", "title", "ONA"));
      claims.claim(
          "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
          Map.of(
              "scope",
              List.of(
                  "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
              "lineitem",
              lineItem(),
              "lineitems",
              issuer + "/lineitems?type_id=2"));
    } else {
      claims.claim(
          "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
          message.deepLinkingSettings());
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private Map<String, String> loginParameters(Person person, Message message) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", issuer);
    parameters.put("login_hint", person.subject());
    parameters.put("target_link_uri", publicBase + message.path());
    parameters.put("client_id", clientId);
    parameters.put("lti_deployment_id", "dep-1");
    return parameters;
  }

  /**
   * Has the tool's administrator set deployment {@code dep-1} to a status, e.g. {@code rejected}:
   * that ends every session opened through it at once.
   */
  public void deploymentStatus(String status) throws Exception {
    HttpResponse<String> changed =
        http.send(
            HttpRequest.newBuilder(
                    tool.resolve(
                        "api/admin/registrations/" + registrationId + "/deployments/dep-1"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(changed, 200, "set deployment status " + status);
  }

  private HttpResponse<String> admin(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool.resolve(path))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, int status, String step)
      throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(
          step
              + ": expected "
              + status
              + " but was "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  /** An {@code application/x-www-form-urlencoded} body, encoded as the tool itself encodes. */
  public static String form(Map<String, String> values) {
    return QueryString.of(values);
  }

  /** The decoded query parameters of a URI, e.g. the platform's authentication request. */
  public static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      values.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return values;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
