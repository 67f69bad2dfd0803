package nl.onakoers.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.lti.nrps.CourseRoster;
import nl.onakoers.lti.nrps.Member;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessionRepository;

/**
 * The names a coach sees for participants. The tool keeps a name only while a launch session lives
 * (four hours), so for the others it asks the course roster (NRPS, cached a few minutes); without
 * either, a participant is shown by the platform's user id.
 */
@ApplicationScoped
public class ParticipantNames {

  private final LaunchSessionRepository launches;
  private final CourseRoster roster;

  protected ParticipantNames() {
    this(null, null);
  }

  @Inject
  public ParticipantNames(LaunchSessionRepository launches, CourseRoster roster) {
    this.launches = launches;
    this.roster = roster;
  }

  /**
   * @param coach the coach's launch into the course, whose roster claim is used
   * @return a name for each of {@code userIds}, the user id where none is known
   */
  public Map<String, String> of(LaunchSession coach, List<String> userIds) {
    Map<String, String> names =
        new HashMap<>(launches.names(coach.registrationId(), coach.contextId(), userIds));
    if (!names.keySet().containsAll(userIds)) {
      for (Member member : roster.of(coach, Optional.empty()).members()) {
        String name = member.name();
        if (userIds.contains(member.userId()) && name != null && !name.isBlank()) {
          names.putIfAbsent(member.userId(), name);
        }
      }
    }
    userIds.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }
}
