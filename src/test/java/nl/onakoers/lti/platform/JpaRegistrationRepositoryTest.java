package nl.onakoers.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.platform.infrastructure.JpaRegistrationRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JpaRegistrationRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void savedRegistrationIsFoundByIdByIssuerAndByIssuerWithClientId(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      Registration moodle = moodle("r-1", "client-a");

      repository.save(moodle);

      assertThat(repository.find("r-1")).contains(moodle);
      assertThat(repository.findByIssuer("https://moodle.school.example")).containsExactly(moodle);
      assertThat(repository.findByIssuerAndClientId("https://moodle.school.example", "client-a"))
          .contains(moodle);
      assertThat(repository.findByIssuerAndClientId("https://moodle.school.example", "other"))
          .isEmpty();
      assertThat(repository.all()).containsExactly(moodle);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void savingAgainUpdatesTheRegistrationInPlace(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));
      Registration renamed = withDisplayName(moodle("r-1", "client-a"), "Renamed");

      repository.save(renamed);

      assertThat(repository.all()).containsExactly(renamed);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void statusAndFrameOriginsAreStoredAndApprovalIsSaved(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      Registration m = moodle("r-1", "client-a");
      Registration pending =
          new Registration(
              m.id(),
              m.issuer(),
              m.clientId(),
              m.authUrl(),
              m.tokenUrl(),
              m.tokenAudience(),
              m.jwksUrl(),
              m.displayName(),
              m.kind(),
              m.autoApproveDeployments(),
              m.createdAt(),
              RegistrationStatus.PENDING,
              List.of("https://school.instructure.com", "https://lms.school.example:8443"));

      repository.save(pending);
      assertThat(repository.find("r-1")).contains(pending);
      repository.save(pending.withStatus(RegistrationStatus.ACTIVE));

      assertThat(repository.find("r-1"))
          .hasValueSatisfying(r -> assertThat(r.isActive()).isTrue())
          .hasValueSatisfying(r -> assertThat(r.frameOrigins()).hasSize(2));
      assertThat(moodle("r-2", "client-b").status()).isEqualTo(RegistrationStatus.ACTIVE);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void twoRegistrationsMayShareAnIssuerWithDifferentClientIds(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);

      repository.save(moodle("r-1", "client-a"));
      repository.save(moodle("r-2", "client-b"));

      assertThat(repository.findByIssuer("https://moodle.school.example"))
          .extracting(Registration::id)
          .containsExactly("r-1", "r-2");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void secondRegistrationWithTheSameIssuerAndClientIdIsRefused(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));

      assertThatThrownBy(() -> repository.save(moodle("r-2", "client-a")))
          .isInstanceOf(DuplicateRegistrationException.class);
      assertThat(repository.all()).extracting(Registration::id).containsExactly("r-1");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void deletingARegistrationRemovesItsDeployments(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));
      repository.recordDeployment(deployment("r-1", "3", DeploymentStatus.ACTIVE));

      assertThat(repository.delete("r-1")).isTrue();
      assertThat(repository.delete("r-1")).isFalse();

      assertThat(repository.find("r-1")).isEmpty();
      assertThat(repository.deployments("r-1")).isEmpty();
      assertThat(repository.findDeployment("r-1", "3")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void recordingAKnownDeploymentKeepsTheStoredOne(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));
      Deployment first = deployment("r-1", "3", DeploymentStatus.PENDING);
      repository.recordDeployment(first);

      Deployment again =
          repository.recordDeployment(deployment("r-1", "3", DeploymentStatus.ACTIVE));

      assertThat(again).isEqualTo(first);
      assertThat(repository.deployments("r-1")).containsExactly(first);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void concurrentRecordingOfOneDeploymentStoresOneRowAndReturnsItToEveryCaller(DatabaseKind kind)
      throws Exception {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Deployment>> results = new ArrayList<>();

      for (int i = 0; i < 4; i++) {
        Deployment candidate =
            new Deployment("r-1", "3", DeploymentStatus.PENDING, "node " + i, NOW);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return repository.recordDeployment(candidate);
                }));
      }
      start.countDown();

      List<Deployment> returned = new ArrayList<>();
      for (Future<Deployment> result : results) {
        returned.add(result.get());
      }
      pool.shutdown();
      Deployment stored = repository.findDeployment("r-1", "3").orElseThrow();
      assertThat(returned).containsOnly(stored);
      assertThat(repository.deployments("r-1")).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void approvingAndLabellingADeploymentIsSaved(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));
      repository.recordDeployment(deployment("r-1", "3", DeploymentStatus.PENDING));
      Deployment approved =
          new Deployment("r-1", "3", DeploymentStatus.ACTIVE, "Course ONA 2027", NOW);

      repository.saveDeployment(approved);

      assertThat(repository.findDeployment("r-1", "3")).contains(approved);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void deletingADeploymentLeavesTheOthers(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      var repository = new JpaRegistrationRepository(database);
      repository.save(moodle("r-1", "client-a"));
      repository.recordDeployment(deployment("r-1", "3", DeploymentStatus.ACTIVE));
      repository.recordDeployment(deployment("r-1", "4", DeploymentStatus.PENDING));

      assertThat(repository.deleteDeployment("r-1", "3")).isTrue();
      assertThat(repository.deleteDeployment("r-1", "3")).isFalse();

      assertThat(repository.deployments("r-1"))
          .extracting(Deployment::deploymentId)
          .containsExactly("4");
    }
  }

  static Registration moodle(String id, String clientId) {
    return new Registration(
        id,
        "https://moodle.school.example",
        clientId,
        URI.create("https://moodle.school.example/mod/lti/auth.php"),
        URI.create("https://moodle.school.example/mod/lti/token.php"),
        null,
        URI.create("https://moodle.school.example/mod/lti/certs.php"),
        "Moodle school",
        PlatformKind.MOODLE,
        false,
        NOW);
  }

  private static Registration withDisplayName(Registration r, String displayName) {
    return new Registration(
        r.id(),
        r.issuer(),
        r.clientId(),
        r.authUrl(),
        r.tokenUrl(),
        "https://api.example/token",
        r.jwksUrl(),
        displayName,
        PlatformKind.GENERIC,
        true,
        r.createdAt());
  }

  private static Deployment deployment(String registrationId, String id, DeploymentStatus status) {
    return new Deployment(registrationId, id, status, "", NOW);
  }
}
