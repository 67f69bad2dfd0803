package nl.onakoers.lti.session;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Storage of launch sessions by the hash of their token. */
public interface LaunchSessionRepository {

  void add(LaunchSession session);

  Optional<LaunchSession> find(String id);

  int deleteExpiredBefore(Instant instant);

  /**
   * The names the platform shared in the stored (not yet expired and removed) launches of these
   * users in a course, by user id. Users without one are left out: the tool keeps no names of its
   * own, so a coach sees a name only while the person's launch is stored, and the {@code sub}
   * otherwise.
   */
  Map<String, String> names(String registrationId, String contextId, Collection<String> userIds);
}
