package nl.onakoers.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.TestSessions;
import org.junit.jupiter.api.Test;

/** The roster a view gets: the platform's members, or a reason and never an exception. */
class CourseRosterTest {

  private static final String REGISTRATION = MoodleFixtures.REGISTRATION_ID;
  private static final Member STUDENT =
      new Member("4", "Student1 Probe", null, null, null, null, Roles.of(List.of("Learner")));

  private final InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
  private final List<String> asked = new ArrayList<>();
  private RuntimeException failure;
  private final CourseRoster roster =
      new CourseRoster(
          new Memberships() {
            @Override
            public List<Member> members(
                Registration registration, String url, Optional<String> rlid) {
              asked.add(registration.id() + " " + url + " " + rlid.orElse("-"));
              if (failure != null) {
                throw failure;
              }
              return List.of(STUDENT);
            }
          },
          registrations);

  CourseRosterTest() {
    registrations.save(MoodleFixtures.registration());
  }

  @Test
  void theMembersComeFromTheUrlInTheLaunchsNrpsClaim() {
    Roster result = roster.of(TestSessions.coach(REGISTRATION, "2"), Optional.empty());

    assertThat(result.available()).isTrue();
    assertThat(result.members()).containsExactly(STUDENT);
    assertThat(asked)
        .containsExactly(
            REGISTRATION
                + " http://127.0.0.1:8081/mod/lti/services.php/CourseSection/2/bindings/2"
                + "/memberships -");
  }

  @Test
  void theRlidIsPassedWhenTheViewIsAboutOneLink() {
    roster.of(TestSessions.coach(REGISTRATION, "2"), Optional.of("2"));

    assertThat(asked.get(0)).endsWith(" 2");
  }

  @Test
  void withoutTheClaimThereIsNoServiceAndNoCall() {
    LaunchSession session = withClaim(null);

    Roster result = roster.of(session, Optional.empty());

    assertThat(result.availability()).isEqualTo(Roster.Availability.NO_SERVICE);
    assertThat(result.members()).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void aClaimWithoutUsableUrlOrVersionTwoIsNoService() {
    for (String claim :
        List.of(
            "not json",
            "{}",
            "{\"context_memberships_url\":\"javascript:alert(1)\"}",
            "{\"context_memberships_url\":\"https://x.example/m\","
                + "\"service_versions\":[\"1.0\"]}")) {
      Roster result = roster.of(withClaim(claim), Optional.empty());

      assertThat(result.availability()).as(claim).isEqualTo(Roster.Availability.NO_SERVICE);
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void anUnknownRegistrationIsNoService() {
    Roster result = roster.of(TestSessions.coach("gone", "2"), Optional.empty());

    assertThat(result.availability()).isEqualTo(Roster.Availability.NO_SERVICE);
  }

  @Test
  void everyFailureOfTheCallDegradesInsteadOfThrowing() {
    for (RuntimeException e :
        List.of(
            new RosterUnavailableException("Roster rejected: HTTP 503"),
            new RosterUnavailableException("Roster token refused: invalid_scope"),
            new IllegalStateException("unexpected"))) {
      failure = e;

      Roster result = roster.of(TestSessions.coach(REGISTRATION, "2"), Optional.empty());

      assertThat(result.availability()).isEqualTo(Roster.Availability.FAILED);
      assertThat(result.members()).isEmpty();
    }
  }

  private static LaunchSession withClaim(String claim) {
    Map<String, String> claims = new HashMap<>();
    if (claim != null) {
      claims.put(LtiClaims.NRPS_SERVICE, claim);
    }
    LaunchSession coach = TestSessions.coach(REGISTRATION, "2");
    return TestSessions.session(
        coach.id(),
        REGISTRATION,
        "2",
        "3",
        null,
        TestSessions.INSTRUCTOR,
        claims,
        coach.createdAt());
  }
}
