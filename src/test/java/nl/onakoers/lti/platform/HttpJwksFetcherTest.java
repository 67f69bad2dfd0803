package nl.onakoers.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import nl.onakoers.lti.MoodleFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpJwksFetcherTest {

  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    answer("/certs", 200, MoodleFixtures.platformJwks().toString());
    answer("/down", 503, "maintenance");
    answer(
        "/huge",
        200,
        "{\"keys\":[],\"pad\":\"" + "x".repeat(HttpJwksFetcher.MAX_BODY_BYTES) + "\"}");
    answer("/html", 200, "<html>login</html>");
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void publishedKeySetIsRead() {
    assertThat(
            new HttpJwksFetcher().fetch(url("/certs")).getKeyByKeyId(MoodleFixtures.PLATFORM_KID))
        .isNotNull();
  }

  @Test
  void errorStatusMakesKeysUnavailable() {
    assertThatThrownBy(() -> new HttpJwksFetcher().fetch(url("/down")))
        .isInstanceOf(PlatformKeysUnavailableException.class)
        .hasMessageContaining("503")
        .hasMessageNotContaining("maintenance");
  }

  @Test
  void oversizedBodyMakesKeysUnavailable() {
    assertThatThrownBy(() -> new HttpJwksFetcher().fetch(url("/huge")))
        .isInstanceOf(PlatformKeysUnavailableException.class);
  }

  @Test
  void bodyThatIsNoKeySetMakesKeysUnavailable() {
    assertThatThrownBy(() -> new HttpJwksFetcher().fetch(url("/html")))
        .isInstanceOf(PlatformKeysUnavailableException.class)
        .hasMessageNotContaining("login");
  }

  private void answer(String path, int status, String body) {
    server.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }
}
