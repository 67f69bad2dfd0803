package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.nrps.CourseRoster;
import nl.onakoers.lti.nrps.Member;
import nl.onakoers.lti.nrps.Memberships;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessionRepository;
import nl.onakoers.lti.session.TestSessions;
import org.junit.jupiter.api.Test;

/** A coach sees names after the participants' sessions are gone, from the course roster. */
class ParticipantNamesTest {

  private static final LaunchSession COACH =
      TestSessions.coach(MoodleFixtures.REGISTRATION_ID, "2");

  private final AtomicInteger rosterCalls = new AtomicInteger();
  private Map<String, String> liveNames = Map.of();
  private RuntimeException rosterFailure;

  @Test
  void aNameFromALiveLaunchWinsAndTheRosterFillsInTheOthers() {
    liveNames = Map.of("4", "Sam (launch)");

    Map<String, String> names = names().of(COACH, List.of("4", "5"));

    assertThat(names).containsEntry("4", "Sam (launch)").containsEntry("5", "Lina Roster");
  }

  @Test
  void whenEveryNameIsKnownTheRosterIsNotAsked() {
    liveNames = Map.of("4", "Sam", "5", "Lina");

    names().of(COACH, List.of("4", "5"));

    assertThat(rosterCalls).hasValue(0);
  }

  @Test
  void withoutARosterAParticipantIsShownByTheirUserId() {
    rosterFailure = new IllegalStateException("HTTP 500");

    Map<String, String> names = names().of(COACH, List.of("4", "99"));

    assertThat(names).containsEntry("4", "4").containsEntry("99", "99");
  }

  private ParticipantNames names() {
    var registrations = new InMemoryRegistrationRepository();
    registrations.save(MoodleFixtures.registration());
    Memberships memberships =
        new Memberships() {
          @Override
          public List<Member> members(Registration registration, String url, Optional<String> r) {
            rosterCalls.incrementAndGet();
            if (rosterFailure != null) {
              throw rosterFailure;
            }
            return List.of(
                member("4", "Sam Roster"), member("5", "Lina Roster"), member("6", "Ida"));
          }
        };
    return new ParticipantNames(new Launches(), new CourseRoster(memberships, registrations));
  }

  private static Member member(String id, String name) {
    return new Member(id, name, null, null, null, null, Roles.of(List.of("Learner")));
  }

  private final class Launches implements LaunchSessionRepository {
    @Override
    public void add(LaunchSession session) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<LaunchSession> find(String id) {
      return Optional.empty();
    }

    @Override
    public int deleteExpiredBefore(Instant instant) {
      return 0;
    }

    @Override
    public Map<String, String> names(
        String registrationId, String contextId, Collection<String> userIds) {
      return liveNames;
    }
  }
}
