package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class RegistrationAdminTest {

  private final InMemoryRegistrationRepository repository = new InMemoryRegistrationRepository();
  private final RegisteredFrameAncestors frameAncestors = new RegisteredFrameAncestors(repository);
  private final RegistrationAdmin admin =
      new RegistrationAdmin(
          repository,
          frameAncestors,
          Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void createdRegistrationMayFrameTheToolAtOnce() {
    frameAncestors.sources();

    admin.create(RegistrationValidatorTest.moodle());

    assertThat(frameAncestors.sources()).contains("https://moodle.school.example");
  }

  @Test
  void approvingAPendingRegistrationActivatesItAndItsPendingDeploymentAndLetsItFrame() {
    Registration pending =
        admin.create(RegistrationValidatorTest.moodle()).withStatus(RegistrationStatus.PENDING);
    repository.save(pending);
    admin.addDeployment(pending.id(), new DeploymentForm("7", "pending", null));
    admin.addDeployment(pending.id(), new DeploymentForm("8", "rejected", null));
    frameAncestors.forget();
    assertThat(frameAncestors.sources()).doesNotContain("https://moodle.school.example");

    Registration approved = admin.approve(pending.id());

    assertThat(approved.status()).isEqualTo(RegistrationStatus.ACTIVE);
    assertThat(repository.find(pending.id()).orElseThrow().isActive()).isTrue();
    assertThat(repository.deployments(pending.id()))
        .extracting(d -> d.deploymentId() + "=" + d.status())
        .containsExactly("7=ACTIVE", "8=REJECTED");
    assertThat(frameAncestors.sources()).contains("https://moodle.school.example");
  }

  @Test
  void updatingAPendingRegistrationKeepsItPending() {
    Registration pending =
        admin.create(RegistrationValidatorTest.moodle()).withStatus(RegistrationStatus.PENDING);
    repository.save(pending);

    Registration updated = admin.update(pending.id(), RegistrationValidatorTest.moodle());

    assertThat(updated.status()).isEqualTo(RegistrationStatus.PENDING);
  }

  @Test
  void approvingAnUnknownRegistrationIs404() {
    assertThatThrownBy(() -> admin.approve("nope"))
        .isInstanceOfSatisfying(
            AdminProblem.class, problem -> assertThat(problem.status()).isEqualTo(404));
  }

  @Test
  void invalidRegistrationIsRefusedWithItsFields() {
    var form =
        new RegistrationForm(
            "https://lms.example", "c", null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> admin.create(form))
        .asInstanceOf(InstanceOfAssertFactories.type(AdminProblem.class))
        .satisfies(
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.error()).isEqualTo("invalid_registration");
              assertThat(problem.fields())
                  .extracting(FieldProblem::field)
                  .containsExactly("authUrl", "tokenUrl", "jwksUrl");
            });
  }

  @Test
  void sameIssuerAndClientIdTwiceIsAConflict() {
    admin.create(RegistrationValidatorTest.moodle());

    assertThatThrownBy(() -> admin.create(RegistrationValidatorTest.moodle()))
        .asInstanceOf(InstanceOfAssertFactories.type(AdminProblem.class))
        .extracting(AdminProblem::status)
        .isEqualTo(409);
  }

  @Test
  void unknownRegistrationIsNotFound() {
    assertThatThrownBy(() -> admin.get("nope"))
        .asInstanceOf(InstanceOfAssertFactories.type(AdminProblem.class))
        .extracting(AdminProblem::status)
        .isEqualTo(404);
  }

  @Test
  void missingIdsAreNotFoundRatherThanFailures() {
    Registration created = admin.create(RegistrationValidatorTest.moodle());

    assertThatThrownBy(() -> admin.get(null))
        .asInstanceOf(InstanceOfAssertFactories.type(AdminProblem.class))
        .extracting(AdminProblem::status)
        .isEqualTo(404);
    assertThatThrownBy(
            () -> admin.changeDeployment(created.id(), null, new DeploymentForm(null, null, null)))
        .asInstanceOf(InstanceOfAssertFactories.type(AdminProblem.class))
        .extracting(AdminProblem::error)
        .isEqualTo("deployment_not_found");
  }

  @Test
  void updateKeepsIdAndCreationTime() {
    Registration created = admin.create(RegistrationValidatorTest.moodle());
    RegistrationForm m = RegistrationValidatorTest.moodle();
    var renamed =
        new RegistrationForm(
            m.issuer(),
            "client-b",
            m.authUrl(),
            m.tokenUrl(),
            null,
            m.jwksUrl(),
            "New",
            "moodle",
            true,
            null);

    Registration updated = admin.update(created.id(), renamed);

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(repository.find(created.id())).contains(updated);
  }

  @Test
  void pendingDeploymentIsApprovedAndKeepsItsLabel() {
    Registration created = admin.create(RegistrationValidatorTest.moodle());
    admin.addDeployment(created.id(), new DeploymentForm("3", "pending", "Course A"));

    var approved =
        admin.changeDeployment(created.id(), "3", new DeploymentForm(null, "active", null));

    assertThat(approved.status()).isEqualTo(DeploymentStatus.ACTIVE);
    assertThat(approved.label()).isEqualTo("Course A");
    assertThat(repository.findDeployment(created.id(), "3")).contains(approved);
  }

  @Test
  void addingAKnownDeploymentAgainIsAConflict() {
    Registration created = admin.create(RegistrationValidatorTest.moodle());
    admin.addDeployment(created.id(), new DeploymentForm("3", null, null));

    assertThatThrownBy(
            () -> admin.addDeployment(created.id(), new DeploymentForm("3", "pending", null)))
        .asInstanceOf(InstanceOfAssertFactories.type(AdminProblem.class))
        .extracting(AdminProblem::status)
        .isEqualTo(409);
  }

  @Test
  void deletedRegistrationTakesItsDeploymentsAlong() {
    Registration created = admin.create(RegistrationValidatorTest.moodle());
    admin.addDeployment(created.id(), new DeploymentForm("3", null, null));

    admin.delete(created.id());

    assertThat(repository.deployments(created.id())).isEmpty();
    assertThat(frameAncestors.sources()).containsExactly("'self'");
  }
}
