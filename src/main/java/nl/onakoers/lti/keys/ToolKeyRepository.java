package nl.onakoers.lti.keys;

import java.time.Instant;
import java.util.List;

/** Storage of the tool's key pairs. */
public interface ToolKeyRepository {

  /** All keys that are not retired, newest first. */
  List<ToolKey> published();

  void add(ToolKey key);

  /** Marks the key retired; returns false when no published key has that kid. */
  boolean retire(String kid, Instant at);
}
