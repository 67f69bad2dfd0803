package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The built WAR on a real Payara Micro: starts, migrates, answers health and serves pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Test
  void readinessIsUpOnceTheDatabaseIsMigrated() throws Exception {
    HttpResponse<String> response =
        get(URI.create("http://127.0.0.1:" + deployed.getPort() + "/health/ready"));

    assertThat(response.statusCode()).as("GET /health/ready status").isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"kind\":\"H2\"");
  }

  @Test
  void signingKeyIsPersistedAndServedTheSameOnBothJwksUrls() throws Exception {
    HttpResponse<String> wellKnown = get(base().resolve(".well-known/jwks.json"));
    HttpResponse<String> lti = get(base().resolve("lti/jwks"));

    assertThat(wellKnown.statusCode()).as("GET /.well-known/jwks.json status").isEqualTo(200);
    var keys = com.nimbusds.jose.jwk.JWKSet.parse(wellKnown.body()).getKeys();
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).isPrivate()).isFalse();
    assertThat(keys.get(0).getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(lti.body()).isEqualTo(wellKnown.body());
  }

  @Test
  void landingPageShowsRegistrationUrlsFromTheConfiguredBaseUrlAndSecurityHeaders()
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base()).header("Host", "evil.example").GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as("GET / status").isEqualTo(200);
    assertThat(response.body())
        .contains("http://localhost:8080/lti/login")
        .contains("http://localhost:8080/lti/jwks")
        .doesNotContain("evil.example");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors"));
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
  }

  @Test
  void unknownPageGetsTheStyledErrorPageWithAReference() throws Exception {
    HttpResponse<String> response = get(base().resolve("no-such-page"));

    assertThat(response.statusCode()).as("GET /no-such-page status").isEqualTo(404);
    assertThat(response.body())
        .contains("Pagina niet gevonden")
        .containsPattern("ONA-[A-Z0-9]{6}")
        .doesNotContain("Exception");
  }

  @Test
  void aBodyLargerThanAnyPageSendsIsRefusedBeforeItIsRead() throws Exception {
    byte[] huge = new byte[8 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    HttpRequest post =
        HttpRequest.newBuilder(base().resolve("app/p/cards/RK3"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
            .build();

    HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as("8 MB form").isEqualTo(413);
    assertThat(response.body()).contains("HTTP-413").containsPattern("ONA-[A-Z0-9]{6}");
  }

  private URI base() {
    return Deployments.loopback(deployed);
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
