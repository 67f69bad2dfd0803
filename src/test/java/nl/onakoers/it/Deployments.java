package nl.onakoers.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the container tests deploy: the very WAR the build produced, not a hand-picked subset. */
public final class Deployments {

  private static final Logger LOG = Logger.getLogger(Deployments.class.getName());
  private static final Duration READY_WITHIN = Duration.ofSeconds(120);
  private static final Duration PREVIOUS_GONE_WITHIN = Duration.ofSeconds(60);

  private Deployments() {}

  /**
   * The built WAR. Called by Arquillian just before it starts this class's Payara Micro, so it
   * first waits for the previous class's instance to be gone: the container stops an instance with
   * {@code Process.destroy()} and does not wait, and while the old instance shuts down it still
   * holds the H2 database of the shared test data folder. A new instance that starts meanwhile
   * cannot open the database and stays unready (seen in CI on a loaded machine).
   */
  public static WebArchive builtWar() {
    File war = new File(System.getProperty("ona.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    awaitPreviousInstancesGone();
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The deployment's base URL on the loopback address. Arquillian reports the machine's outward
   * address, which this machine's network does not route to itself.
   */
  public static URI loopback(URL deployed) {
    int port = ListeningPorts.actualHttpPort(deployed.getPort(), instanceMarker());
    URI base = URI.create("http://127.0.0.1:" + port + deployed.getPath());
    awaitReady(base);
    return base;
  }

  /** What the command line of this build's Payara Micro instances contains, or null. */
  static String instanceMarker() {
    String dataDir = System.getProperty("ona.it.dataDir");
    return dataDir == null ? null : "-Dona.data.dir=" + dataDir;
  }

  private static void awaitPreviousInstancesGone() {
    String marker = instanceMarker();
    if (marker == null) {
      return;
    }
    List<ProcessHandle> previous =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
            .toList();
    for (ProcessHandle instance : previous) {
      LOG.info("Waiting for the previous Payara Micro (pid " + instance.pid() + ") to stop");
      try {
        instance.onExit().get(PREVIOUS_GONE_WITHIN.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        LOG.warning("Payara Micro pid " + instance.pid() + " did not stop; killing it");
        instance.destroyForcibly();
      }
    }
  }

  /**
   * Waits until the deployment answers {@code /health/ready}. In a full suite a class's test can
   * start before the freshly started Payara Micro accepts connections on loopback; this waits for
   * the container, it does not retry the tests' own requests. When it gives up, the message says
   * what the last attempt saw.
   */
  private static void awaitReady(URI base) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(base.resolve("/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    String lastSeen = "no answer yet";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        lastSeen = "HTTP " + answer.statusCode() + " " + answer.body();
      } catch (IOException e) {
        lastSeen = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      sleep();
    }
    throw new IllegalStateException(
        "The deployment at "
            + base
            + " did not become ready in "
            + READY_WITHIN.toSeconds()
            + " s; last seen: "
            + lastSeen);
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
