package nl.onakoers.lti.platform;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves a JWKS the test chooses, counts fetches, and can fail or be slow. */
public final class StubJwksFetcher implements JwksFetcher {

  private final AtomicInteger fetches = new AtomicInteger();
  private volatile JWKSet served;
  private volatile boolean failing;
  private volatile Duration delay = Duration.ZERO;

  public StubJwksFetcher(JWKSet served) {
    this.served = served;
  }

  public void serve(JWKSet keys) {
    served = keys;
    failing = false;
  }

  public void fail() {
    failing = true;
  }

  public void delayEachFetch(Duration duration) {
    delay = duration;
  }

  public int fetches() {
    return fetches.get();
  }

  @Override
  public JWKSet fetch(URI jwksUrl) {
    fetches.incrementAndGet();
    pause();
    if (failing) {
      throw new PlatformKeysUnavailableException("JWKS " + jwksUrl + " answered HTTP 503");
    }
    return served;
  }

  private void pause() {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
