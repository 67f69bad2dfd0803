package nl.onakoers.lti.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.infrastructure.JpaRegistrationRepository;
import nl.onakoers.lti.session.infrastructure.JpaLaunchSessionRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LaunchSessionsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:18Z");

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void openedSessionResolvesByItsTokenWhileOnlyTheHashIsStored(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaLaunchSessionRepository(database);
      var sessions =
          new LaunchSessions(
              repository, activeDeployment(database), Clock.fixed(NOW, ZoneOffset.UTC));

      var opened = sessions.open((id, created, expires) -> session(id, created, expires));

      assertThat(opened.session().id()).isNotEqualTo(opened.token());
      assertThat(repository.find(opened.token())).isEmpty();
      assertThat(sessions.resolve(opened.token())).contains(opened.session());
      assertThat(opened.session().custom()).containsEntry("card", "RK3");
      assertThat(opened.session().serviceClaims()).containsKey("ags");
      assertThat(sessions.resolve("forged-token")).isEmpty();
      assertThat(sessions.resolve(null)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void sessionIsRefusedOnceItsLifetimeIsOver(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaLaunchSessionRepository(database);
      var registrations = activeDeployment(database);
      var opened =
          new LaunchSessions(repository, registrations, Clock.fixed(NOW, ZoneOffset.UTC))
              .open(this::session);

      var later =
          new LaunchSessions(
              repository,
              registrations,
              Clock.fixed(NOW.plus(LaunchSessions.LIFETIME), ZoneOffset.UTC));

      assertThat(later.resolve(opened.token())).isEmpty();
      assertThat(repository.deleteExpiredBefore(NOW.plus(Duration.ofDays(1)))).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rejectingTheDeploymentEndsItsSessionsAtOnce(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var registrations = activeDeployment(database);
      var sessions =
          new LaunchSessions(
              new JpaLaunchSessionRepository(database),
              registrations,
              Clock.fixed(NOW, ZoneOffset.UTC));
      var opened = sessions.open(this::session);

      registrations.saveDeployment(
          registrations
              .findDeployment("registration-1", "2")
              .orElseThrow()
              .withStatus(DeploymentStatus.REJECTED));

      assertThat(sessions.resolve(opened.token())).isEmpty();
    }
  }

  private static JpaRegistrationRepository activeDeployment(Database database) {
    var registrations = new JpaRegistrationRepository(database);
    registrations.save(
        new Registration(
            "registration-1",
            "http://127.0.0.1:8081",
            "client-1",
            URI.create("http://127.0.0.1:8081/auth"),
            URI.create("http://127.0.0.1:8081/token"),
            null,
            URI.create("http://127.0.0.1:8081/jwks"),
            "Probe",
            PlatformKind.MOODLE,
            false,
            NOW));
    registrations.saveDeployment(
        new Deployment("registration-1", "2", DeploymentStatus.ACTIVE, "", NOW));
    return registrations;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void namesComeOnlyFromStoredLaunchesOfThatCourse(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaLaunchSessionRepository(database);
      repository.add(session("hash-1", NOW, NOW.plusSeconds(60)));

      assertThat(repository.names("registration-1", "2", List.of("4", "5")))
          .containsExactly(Map.entry("4", "Student One"));
      assertThat(repository.names("registration-1", "other-course", List.of("4"))).isEmpty();
      assertThat(repository.names("registration-2", "2", List.of("4"))).isEmpty();
      assertThat(repository.names("registration-1", "2", List.of())).isEmpty();
    }
  }

  private LaunchSession session(String id, Instant created, Instant expires) {
    return new LaunchSession(
        id,
        "registration-1",
        "2",
        "4",
        "Student One",
        null,
        "2",
        "LTI Probe Course",
        "3",
        "LtiResourceLinkRequest",
        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
        false,
        false,
        Map.of("card", "RK3"),
        Map.of("ags", "{\"scope\":[]}"),
        "http://127.0.0.1:8081/mod/lti/return.php",
        "en",
        created,
        expires);
  }
}
