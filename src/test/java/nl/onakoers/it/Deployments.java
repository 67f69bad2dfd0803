package nl.onakoers.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the container tests deploy: the very WAR the build produced, not a hand-picked subset. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    File war = new File(System.getProperty("ona.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The deployment's base URL on the loopback address. Arquillian reports the machine's outward
   * address, which this machine's network does not route to itself.
   */
  public static URI loopback(URL deployed) {
    URI base = URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath());
    awaitReady(base);
    return base;
  }

  /**
   * Waits until the deployment answers {@code /health/ready}. In a full suite a class's test can
   * start before the freshly started Payara Micro accepts connections on loopback (seen once as a
   * ConnectException in every test of one class); this waits for the container, it does not retry
   * the tests' own requests.
   */
  private static void awaitReady(URI base) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      sleep();
    }
    throw new IllegalStateException("The deployment at " + base + " did not become ready in 60 s");
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
