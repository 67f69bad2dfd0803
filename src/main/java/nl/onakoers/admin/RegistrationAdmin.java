package nl.onakoers.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.DuplicateRegistrationException;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.lti.platform.RegistrationStatus;

/**
 * What an administrator can do with registrations and deployments, for the API and the pages alike:
 * each change is validated, stored, logged in one INFO line (issuer, client_id, deployment_id) and
 * makes the frame-ancestors list read again.
 *
 * <p>Refusals are {@link AdminProblem}s. Thread safe.
 */
@ApplicationScoped
public class RegistrationAdmin {

  private static final Logger LOG = Logger.getLogger(RegistrationAdmin.class.getName());

  private final RegistrationRepository registrations;
  private final RegisteredFrameAncestors frameAncestors;
  private final Clock clock;

  protected RegistrationAdmin() {
    this(null, null, null);
  }

  @Inject
  public RegistrationAdmin(
      RegistrationRepository registrations, RegisteredFrameAncestors frameAncestors, Clock clock) {
    this.registrations = registrations;
    this.frameAncestors = frameAncestors;
    this.clock = clock;
  }

  public List<Registration> all() {
    return registrations.all();
  }

  /**
   * @throws AdminProblem 404 when there is no registration with that id
   */
  public Registration get(String id) {
    return Optional.ofNullable(id)
        .flatMap(registrations::find)
        .orElseThrow(
            () -> AdminProblem.notFound("registration_not_found", "No registration " + id));
  }

  public List<Deployment> deployments(String registrationId) {
    return registrations.deployments(get(registrationId).id());
  }

  /**
   * @throws AdminProblem 400 for invalid input, 409 for a duplicate issuer and client_id
   */
  public Registration create(RegistrationForm form) {
    requireValid(form);
    Registration registration =
        RegistrationValidator.toRegistration(form, UUID.randomUUID().toString(), clock.instant());

    store(registration);

    log("Registration created", registration, null);
    return registration;
  }

  /**
   * Replaces every field but the id, the creation time and the status: approval is an act of its
   * own ({@link #approve}).
   *
   * @throws AdminProblem 404, 400 or 409
   */
  public Registration update(String id, RegistrationForm form) {
    Registration existing = get(id);
    requireValid(form);
    Registration updated =
        RegistrationValidator.toRegistration(form, id, existing.createdAt())
            .withStatus(existing.status());

    store(updated);

    log("Registration updated", updated, null);
    return updated;
  }

  /**
   * Approves a registration that waits (after dynamic registration): the platform may start logins
   * and frame the tool. Its pending deployments are approved with it, because the administrator
   * approves the platform as it registered, deployment included; while the registration waited no
   * launch could record other deployments. Rejected deployments stay rejected. Approving an active
   * registration changes nothing.
   *
   * @throws AdminProblem 404 when there is no registration with that id
   */
  public Registration approve(String id) {
    Registration registration = get(id);
    if (registration.isActive()) {
      return registration;
    }
    Registration approved = registration.withStatus(RegistrationStatus.ACTIVE);

    store(approved);
    List<String> activated = new ArrayList<>();
    for (Deployment deployment : registrations.deployments(id)) {
      if (deployment.status() == DeploymentStatus.PENDING) {
        registrations.saveDeployment(deployment.withStatus(DeploymentStatus.ACTIVE));
        activated.add(deployment.deploymentId());
      }
    }

    log("Registration approved", approved, activated.isEmpty() ? null : activated.toString());
    return approved;
  }

  /**
   * Deletes a registration with its deployments; for a pending one this is how it is rejected.
   *
   * @throws AdminProblem 404 when there is no registration with that id
   */
  public void delete(String id) {
    Registration registration = get(id);

    registrations.delete(id);
    frameAncestors.forget();

    log("Registration deleted", registration, null);
  }

  /**
   * Adds a deployment with the given status (active when none is given).
   *
   * @throws AdminProblem 404, 400, or 409 when the deployment_id is already there
   */
  public Deployment addDeployment(String registrationId, DeploymentForm form) {
    Registration registration = get(registrationId);
    Validation validation = DeploymentValidator.validateNew(form);
    if (!validation.isValid()) {
      throw AdminProblem.invalid("invalid_deployment", validation.errors());
    }
    Deployment wanted = newDeployment(registration, form);

    Deployment stored = registrations.recordDeployment(wanted);
    if (!stored.equals(wanted)) {
      throw AdminProblem.duplicateDeployment();
    }

    log(
        "Deployment added (" + DeploymentValidator.nameOf(stored.status()) + ")",
        registration,
        stored.deploymentId());
    return stored;
  }

  /**
   * Approves, rejects, or relabels a deployment; a null status or label is left as it is.
   *
   * @throws AdminProblem 404 or 400
   */
  public Deployment changeDeployment(
      String registrationId, String deploymentId, DeploymentForm change) {
    Registration registration = get(registrationId);
    Deployment existing = getDeployment(registrationId, deploymentId);
    Validation validation = DeploymentValidator.validateChange(change);
    if (!validation.isValid()) {
      throw AdminProblem.invalid("invalid_deployment", validation.errors());
    }
    Deployment changed = applyChange(existing, change);

    registrations.saveDeployment(changed);

    log(changeDescription(existing, changed), registration, deploymentId);
    return changed;
  }

  /**
   * @throws AdminProblem 404 when the registration or deployment does not exist
   */
  public void deleteDeployment(String registrationId, String deploymentId) {
    Registration registration = get(registrationId);
    getDeployment(registrationId, deploymentId);

    registrations.deleteDeployment(registrationId, deploymentId);

    log("Deployment deleted", registration, deploymentId);
  }

  private void requireValid(RegistrationForm form) {
    Validation validation = RegistrationValidator.validate(form);
    if (!validation.isValid()) {
      throw AdminProblem.invalid("invalid_registration", validation.errors());
    }
  }

  private void store(Registration registration) {
    try {
      registrations.save(registration);
    } catch (DuplicateRegistrationException e) {
      throw AdminProblem.duplicateRegistration();
    } finally {
      frameAncestors.forget();
    }
  }

  private Deployment getDeployment(String registrationId, String deploymentId) {
    return Optional.ofNullable(deploymentId)
        .flatMap(id -> registrations.findDeployment(registrationId, id))
        .orElseThrow(
            () -> AdminProblem.notFound("deployment_not_found", "No deployment " + deploymentId));
  }

  private Deployment newDeployment(Registration registration, DeploymentForm form) {
    DeploymentStatus status =
        form.status() == null
            ? DeploymentStatus.ACTIVE
            : DeploymentValidator.parseStatus(form.status()).orElseThrow();
    return new Deployment(
        registration.id(), form.deploymentId(), status, form.label(), clock.instant());
  }

  private static Deployment applyChange(Deployment existing, DeploymentForm change) {
    DeploymentStatus status =
        change.status() == null
            ? existing.status()
            : DeploymentValidator.parseStatus(change.status()).orElseThrow();
    String label = change.label() == null ? existing.label() : change.label().trim();
    return new Deployment(
        existing.registrationId(), existing.deploymentId(), status, label, existing.firstSeenAt());
  }

  private static String changeDescription(Deployment before, Deployment after) {
    if (before.status() == after.status()) {
      return "Deployment relabelled";
    }
    return switch (after.status()) {
      case ACTIVE -> "Deployment approved";
      case REJECTED -> "Deployment rejected";
      case PENDING -> "Deployment set back to pending";
    };
  }

  private static void log(String change, Registration registration, String deploymentId) {
    LOG.log(
        Level.INFO,
        "{0}: registration {1}, issuer {2}, client_id {3}, deployment_id {4}",
        new Object[] {
          change,
          registration.id(),
          registration.issuer(),
          registration.clientId(),
          deploymentId == null ? "-" : deploymentId
        });
  }
}
