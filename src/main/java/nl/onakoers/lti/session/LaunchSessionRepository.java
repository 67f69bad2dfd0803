package nl.onakoers.lti.session;

import java.time.Instant;
import java.util.Optional;

/** Storage of launch sessions by the hash of their token. */
public interface LaunchSessionRepository {

  void add(LaunchSession session);

  Optional<LaunchSession> find(String id);

  int deleteExpiredBefore(Instant instant);
}
