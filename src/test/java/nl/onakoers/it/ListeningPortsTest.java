package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The port finder, tried on this test's own JVM as the "instance". */
class ListeningPortsTest {

  private static final String THIS_JVM =
      ProcessHandle.current().info().commandLine().orElse("no command line");

  @Test
  void findsThePortTheProcessReallyListensOnAboveTheRequestedOne() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");

    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int real = listener.getLocalPort();

      assertThat(ListeningPorts.actualHttpPort(real - 1, THIS_JVM)).isEqualTo(real);
      assertThat(ListeningPorts.actualHttpPort(real, THIS_JVM)).isEqualTo(real);
    }
  }

  @Test
  void keepsTheRequestedPortWhenNoInstanceMatches() {
    assertThat(ListeningPorts.actualHttpPort(8123, "-Dno.such.marker=" + System.nanoTime()))
        .isEqualTo(8123);
    assertThat(ListeningPorts.actualHttpPort(8123, null)).isEqualTo(8123);
  }
}
