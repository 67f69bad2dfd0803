package nl.onakoers.lti.platform;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;

/**
 * Fetches a JWKS over HTTP(S) with {@code java.net.http}: a connect and a response timeout, no
 * redirects followed, only status 200, and at most {@link #MAX_BODY_BYTES} read.
 *
 * <p>Thread safe.
 */
public class HttpJwksFetcher implements JwksFetcher {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);
  static final int MAX_BODY_BYTES = 256 * 1024;

  private final HttpClient client;

  public HttpJwksFetcher() {
    this(
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  HttpJwksFetcher(HttpClient client) {
    this.client = client;
  }

  @Override
  public JWKSet fetch(URI jwksUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(jwksUrl)
            .timeout(RESPONSE_TIMEOUT)
            .header("Accept", "application/json, application/jwk-set+json")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return JWKSet.parse(readBody(jwksUrl, response));
    } catch (IOException e) {
      throw new PlatformKeysUnavailableException("JWKS " + jwksUrl + " unreachable", e);
    } catch (ParseException e) {
      throw new PlatformKeysUnavailableException("JWKS " + jwksUrl + " is not a JWK set", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformKeysUnavailableException("JWKS " + jwksUrl + " fetch interrupted", e);
    }
  }

  private static String readBody(URI jwksUrl, HttpResponse<InputStream> response)
      throws IOException {
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new PlatformKeysUnavailableException(
            "JWKS " + jwksUrl + " answered HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new PlatformKeysUnavailableException(
            "JWKS " + jwksUrl + " is larger than " + MAX_BODY_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
