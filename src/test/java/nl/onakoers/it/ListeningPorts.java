package nl.onakoers.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds the HTTP port a test's Payara Micro really listens on.
 *
 * <p>The Arquillian container picks a random port and starts Payara Micro with {@code
 * --autoBindHttp}: when that port is taken, Payara quietly binds the next free one, while
 * Arquillian keeps reporting the port it asked for (seen in CI: asked 8398, listened on 8399, and
 * every test of the class waited for nothing). On Linux the real port can be read from {@code
 * /proc}: the listening TCP sockets the instance's process owns. Elsewhere, or when nothing is
 * found, the requested port is used as before.
 */
final class ListeningPorts {

  private static final Logger LOG = Logger.getLogger(ListeningPorts.class.getName());

  /** Payara Micro's auto-bind tries at most this many ports above the requested one. */
  private static final int AUTO_BIND_RANGE = 1000;

  private static final String LISTEN = "0A";

  private ListeningPorts() {}

  static int actualHttpPort(int requested, String instanceMarker) {
    if (instanceMarker == null) {
      return requested;
    }
    Set<Integer> listening = new TreeSet<>();
    newestInstance(instanceMarker).ifPresent(pid -> listening.addAll(portsOf(pid)));
    if (listening.isEmpty() || listening.contains(requested)) {
      return requested;
    }
    int actual =
        listening.stream()
            .filter(port -> port > requested && port <= requested + AUTO_BIND_RANGE)
            .findFirst()
            .orElse(requested);
    if (actual != requested) {
      LOG.warning("Payara Micro was asked for port " + requested + " but listens on " + actual);
    }
    return actual;
  }

  private static Optional<Long> newestInstance(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .max(Comparator.comparing(p -> p.info().startInstant().orElse(Instant.MIN)))
        .map(ProcessHandle::pid);
  }

  private static Set<Integer> portsOf(long pid) {
    Set<String> socketInodes = socketInodes(pid);
    Set<Integer> ports = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : lines(Path.of(table))) {
        String[] columns = line.trim().split("\\s+");
        boolean isSocketRow = columns.length > 9 && columns[1].contains(":");
        if (isSocketRow && LISTEN.equals(columns[3]) && socketInodes.contains(columns[9])) {
          String localAddress = columns[1];
          ports.add(Integer.parseInt(localAddress.substring(localAddress.indexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }

  private static Set<String> socketInodes(long pid) {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      descriptors.forEach(
          fd -> {
            try {
              String target = Files.readSymbolicLink(fd).toString();
              if (target.startsWith("socket:[")) {
                inodes.add(target.substring("socket:[".length(), target.length() - 1));
              }
            } catch (IOException closedMeanwhile) {
              // the descriptor went away while listing; it is not the listener we look for
            }
          });
    } catch (IOException noProcFileSystem) {
      // not Linux, or the process is gone: fall back to the requested port
    }
    return inodes;
  }

  private static List<String> lines(Path table) {
    try {
      return Files.readAllLines(table);
    } catch (IOException noProcFileSystem) {
      return List.of();
    }
  }
}
