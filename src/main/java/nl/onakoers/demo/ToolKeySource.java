package nl.onakoers.demo;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;

/**
 * The tool's public keys as the sandbox sees them: fetched over HTTP from the tool's JWKS URL, as a
 * platform does, cached, and fetched again when a {@code kid} is unknown (key rotation).
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class ToolKeySource {

  private static final int TIMEOUT_MS = 5_000;
  private static final int SIZE_LIMIT = 64 * 1024;

  private final DemoMode mode;
  private volatile JWKSource<SecurityContext> source;

  protected ToolKeySource() {
    this(null);
  }

  @Inject
  public ToolKeySource(DemoMode mode) {
    this.mode = mode;
  }

  public JWKSource<SecurityContext> keys() {
    JWKSource<SecurityContext> current = source;
    if (current == null) {
      current = build(mode.toolUrl("/lti/jwks"));
      source = current;
    }
    return current;
  }

  static JWKSource<SecurityContext> build(String jwksUrl) {
    try {
      return JWKSourceBuilder.create(
              URI.create(jwksUrl).toURL(),
              new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, SIZE_LIMIT))
          .retrying(true)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("The tool's JWKS URL is not a URL: " + jwksUrl, e);
    }
  }
}
