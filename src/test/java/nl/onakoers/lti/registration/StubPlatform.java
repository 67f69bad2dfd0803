package nl.onakoers.lti.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.onakoers.lti.MoodleFixtures;

/**
 * An LMS on 127.0.0.1 for dynamic registration tests: serves an OpenID configuration at {@code
 * /openid-configuration} and takes registrations at {@code /register}, remembering what the tool
 * sent. Shaped like Moodle 5.1 (the captured fixture with its URLs moved to this server) or like a
 * hosted Canvas.
 */
public final class StubPlatform implements AutoCloseable {

  /** One request the tool made. */
  public record Received(String method, String path, String authorization, String body) {

    public Map<String, Object> json() {
      try {
        return JSONObjectUtils.parse(body);
      } catch (ParseException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile String configuration;
  private volatile int registrationStatus = 200;
  private volatile String registrationAnswer;

  private StubPlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/openid-configuration", this::configuration);
    server.createContext("/register", this::register);
    server.start();
  }

  /** Moodle 5.1's captured configuration, every URL moved from port 8081 to this server. */
  public static StubPlatform moodle() throws IOException {
    StubPlatform stub = new StubPlatform();
    stub.configuration =
        MoodleFixtures.text("openid-configuration.json")
            .replace("http://127.0.0.1:8081", stub.origin())
            .replace("/mod/lti/openid-registration.php", "/register");
    stub.answerRegistration(200, stub.moodleAnswer());
    return stub;
  }

  /** A hosted Canvas: issuer canvas.instructure.com, endpoints on this server. */
  public static StubPlatform canvas() throws IOException {
    StubPlatform stub = new StubPlatform();
    String origin = stub.origin();
    stub.configuration =
        """
        {"issuer":"https://canvas.instructure.com",
         "authorization_endpoint":"%1$s/api/lti/authorize_redirect",
         "token_endpoint":"%1$s/login/oauth2/token",
         "jwks_uri":"%1$s/api/lti/security/jwks",
         "registration_endpoint":"%1$s/register",
         "scopes_supported":["openid",
           "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
           "https://purl.imsglobal.org/spec/lti-ags/scope/score",
           "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"],
         "response_types_supported":["id_token"],
         "https://purl.imsglobal.org/spec/lti-platform-configuration":{
           "product_family_code":"canvas","version":"OpenSource",
           "messages_supported":[{"type":"LtiResourceLinkRequest"},
             {"type":"LtiDeepLinkingRequest","placements":["assignment_selection"]}]}}
        """
            .formatted(origin);
    stub.answerRegistration(200, "{\"client_id\":\"10000000000042\",\"application_type\":\"web\"}");
    return stub;
  }

  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String configurationUrl() {
    return origin() + "/openid-configuration";
  }

  public void replaceConfiguration(String from, String to) {
    configuration = configuration.replace(from, to);
  }

  public void answerRegistration(int status, String body) {
    registrationStatus = status;
    registrationAnswer = body;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The registration the tool posted; fails when there was none. */
  public Received registration() {
    return received.stream()
        .filter(r -> r.method().equals("POST"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no registration was posted"));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private String moodleAnswer() {
    return """
        {"client_id":"dynRegClient01","response_types":["id_token"],
         "https://purl.imsglobal.org/spec/lti-tool-configuration":{"deployment_id":"7",
           "domain":"localhost:8080"}}
        """;
  }

  private void configuration(HttpExchange exchange) throws IOException {
    record(exchange);
    respond(exchange, 200, configuration);
  }

  private void register(HttpExchange exchange) throws IOException {
    record(exchange);
    respond(exchange, registrationStatus, registrationAnswer);
  }

  private void record(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
