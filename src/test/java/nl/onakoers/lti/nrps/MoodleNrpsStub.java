package nl.onakoers.lti.nrps;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.platform.Registration;

/**
 * Moodle's NRPS endpoint replayed from {@code nrps-*.json} on a loopback port. The tool reaches it
 * as an HTTP proxy, so the captured URLs ({@code http://127.0.0.1:8081/...}), bodies and {@code
 * Link} headers are served byte for byte, without rewriting the launch's claim.
 */
public final class MoodleNrpsStub implements AutoCloseable {

  /** The {@code context_memberships_url} of every captured Moodle launch. */
  public static final String MEMBERSHIPS_URL =
      "http://127.0.0.1:8081/mod/lti/services.php/CourseSection/2/bindings/2/memberships";

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();

  private MoodleNrpsStub(HttpServer server) {
    this.server = server;
  }

  public static MoodleNrpsStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      MoodleNrpsStub stub = new MoodleNrpsStub(server);
      server.createContext("/", stub::answer);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers a GET of {@code url} with the captured response of {@code fixture}. */
  public MoodleNrpsStub answer(String url, String fixture) {
    Map<String, Object> response = response(fixture);
    @SuppressWarnings("unchecked")
    Map<String, String> headers = (Map<String, String>) response.get("headers");
    answers.put(
        url,
        new Answer(
            ((Number) response.get("status")).intValue(),
            headers,
            (String) response.get("body_raw")));
    return this;
  }

  /**
   * Answers {@code url} with the members of {@code fixture} after the first {@code skip}: the page
   * a {@code rel="next"} link points to. Moodle's later pages were not captured.
   */
  public MoodleNrpsStub answerRest(String url, String fixture, int skip) {
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) response(fixture).get("body");
    List<Object> members = new ArrayList<>((List<?>) body.get("members"));
    body.put("members", members.subList(skip, members.size()));
    answers.put(
        url,
        new Answer(
            200,
            Map.of("Content-Type", Memberships.MEDIA_TYPE + "; charset=utf-8"),
            JSONObjectUtils.toJSONString(body)));
    return this;
  }

  /** The URLs the tool asked for, in order. */
  public List<String> requested() {
    return List.copyOf(requested);
  }

  /** The real client, sending every request to this stub; the token is the fixture's. */
  public Memberships memberships() {
    HttpClient client =
        HttpClient.newBuilder()
            .proxy(ProxySelector.of(server.getAddress()))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    ServiceTokens tokens = (Registration registration, Set<String> scopes) -> "REDACTED-TOKEN";
    return new Memberships(client, tokens, Ticker.systemTicker());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    // Through a proxy the request line carries the absolute URL.
    String url = exchange.getRequestURI().toString();
    requested.add(url);
    Answer answer = answers.get(url);
    if (answer == null) {
      answer = new Answer(404, Map.of(), "[]");
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> response(String fixture) {
    return (Map<String, Object>) MoodleFixtures.json(fixture).get("response");
  }

  private record Answer(int status, Map<String, String> headers, String body) {}
}
