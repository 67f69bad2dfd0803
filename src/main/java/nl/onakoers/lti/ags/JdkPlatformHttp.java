package nl.onakoers.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link PlatformHttp} on {@code java.net.http}: connect and response timeouts, no redirects, at
 * most {@link #MAX_BODY_BYTES} read.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class JdkPlatformHttp implements PlatformHttp {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(15);
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private final HttpClient client;

  public JdkPlatformHttp() {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public PlatformResponse send(PlatformRequest request) {
    try {
      HttpResponse<InputStream> response =
          client.send(toJdk(request), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES);
        return new PlatformResponse(
            response.statusCode(),
            response.headers().map(),
            new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new PlatformUnreachableException(request.uri().getHost() + " unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnreachableException("Interrupted calling " + request.uri().getHost(), e);
    }
  }

  private static HttpRequest toJdk(PlatformRequest request) {
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(RESPONSE_TIMEOUT)
            .method(request.method(), body);
    request.headers().forEach(builder::header);
    return builder.build();
  }
}
