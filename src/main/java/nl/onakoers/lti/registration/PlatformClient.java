package nl.onakoers.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The two HTTP calls of a dynamic registration, with {@code java.net.http}: reading the platform's
 * OpenID configuration and posting the tool's registration. A connect and a response timeout, no
 * redirects, at most {@link #MAX_BODY_BYTES} read. The registration token is sent as a bearer token
 * only when the platform gave one (Brightspace gives none), and is never logged.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class PlatformClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);
  static final int MAX_BODY_BYTES = 256 * 1024;

  private final HttpClient client;

  public PlatformClient() {
    this(
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  PlatformClient(HttpClient client) {
    this.client = client;
  }

  /**
   * @param token the registration token, or {@code null}
   * @throws RegistrationRejectedException {@code CONFIGURATION_UNAVAILABLE}
   */
  public String fetchConfiguration(URI url, String token) {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(url), token)
            .timeout(RESPONSE_TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    Answer answer = send(request, RegistrationError.CONFIGURATION_UNAVAILABLE);
    if (answer.status() != 200) {
      throw new RegistrationRejectedException(
          RegistrationError.CONFIGURATION_UNAVAILABLE,
          "OpenID configuration " + url + " answered HTTP " + answer.status());
    }
    return answer.body();
  }

  /**
   * Posts the registration and returns the platform's answer body.
   *
   * @param token the registration token, or {@code null}
   * @throws RegistrationRejectedException {@code PLATFORM_REFUSED}
   */
  public String register(URI endpoint, String token, String json) {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(endpoint), token)
            .timeout(RESPONSE_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    Answer answer = send(request, RegistrationError.PLATFORM_REFUSED);
    if (answer.status() / 100 != 2) {
      throw new RegistrationRejectedException(
          RegistrationError.PLATFORM_REFUSED,
          "registration endpoint " + endpoint + " answered HTTP " + answer.status());
    }
    return answer.body();
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
    return token == null || token.isBlank()
        ? builder
        : builder.header("Authorization", "Bearer " + token);
  }

  private Answer send(HttpRequest request, RegistrationError failure) {
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return new Answer(response.statusCode(), read(request.uri(), response, failure));
    } catch (IOException e) {
      throw new RegistrationRejectedException(failure, request.uri() + " unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistrationRejectedException(failure, request.uri() + " interrupted");
    }
  }

  private static String read(URI uri, HttpResponse<InputStream> response, RegistrationError failure)
      throws IOException {
    try (InputStream body = response.body()) {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new RegistrationRejectedException(
            failure, uri + " answered more than " + MAX_BODY_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private record Answer(int status, String body) {}
}
