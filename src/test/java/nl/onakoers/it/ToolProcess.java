package nl.onakoers.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built uber jar ({@code target/ona-koers.jar}) started as its own process for the browser
 * tests, on a free port, with a fresh data folder and the sandbox on the other host name: the tool
 * at {@code http://localhost:<port>}, the sandbox at {@code http://127.0.0.1:<port>/demo}.
 *
 * <p>The Arquillian container cannot serve here: it picks its port at random, while every URL the
 * tool sends the browser is built from {@code ONA_BASE_URL}, which must name the real port.
 */
final class ToolProcess implements AutoCloseable {

  static final Path JAR = Path.of(System.getProperty("ona.jar", "target/ona-koers.jar"));
  static final Duration STARTUP = Duration.ofSeconds(240);

  private final Process process;
  private final int port;
  private final String name;

  private ToolProcess(Process process, int port, String name) {
    this.process = process;
    this.port = port;
    this.name = name;
  }

  static ToolProcess start() {
    return start("browser-it", Map.of());
  }

  /**
   * Starts the tool with the sandbox on, as {@link #start()} does, and then the given settings
   * (environment variables) on top; {@code name} names its data folder and its log in target/.
   */
  static ToolProcess start(String name, Map<String, String> settings) {
    return start(name, settings, newDataFolder(name));
  }

  /** A fresh, empty data folder in target/, to start the tool on (and again) with. */
  static Path newDataFolder(String name) {
    try {
      return Files.createTempDirectory(Path.of("target"), name + "-data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Like {@link #start(String, Map)}, on the given data folder: a second start on the folder of a
   * stopped tool finds what the first one stored.
   */
  static ToolProcess start(String name, Map<String, String> settings, Path data) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("Build the uber jar first (mvn package): " + JAR);
    }
    int port = freePort();
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-jar", JAR.toString(), "--nocluster", "--port", "" + port));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("ONA_BASE_URL", "http://localhost:" + port);
      builder.environment().put("ONA_DEMO_BASE_URL", "http://127.0.0.1:" + port);
      builder.environment().put("ONA_DEMO", "true");
      builder.environment().put("ONA_DATA_DIR", data.toAbsolutePath().toString());
      builder.environment().remove("ONA_DB_URL");
      builder.environment().putAll(settings);
      builder.redirectErrorStream(true);
      builder.redirectOutput(new File("target/" + name + "-tool.log"));
      ToolProcess tool = new ToolProcess(builder.start(), port, name);
      tool.awaitReady();
      return tool;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An absolute URL on the tool's own host name, e.g. {@code toolUrl("/demo")}. */
  URI toolUrl(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The sandbox course page. */
  String courseUrl() {
    return "http://127.0.0.1:" + port + "/demo";
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause();
    }
    close();
    throw new IllegalStateException(
        "The tool did not become ready in " + STARTUP + "; see target/" + name + "-tool.log");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
