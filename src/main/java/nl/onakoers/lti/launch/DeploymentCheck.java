package nl.onakoers.lti.launch;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.web.Printable;

/**
 * The {@code deployment_id} is known and active for the registration.
 *
 * <ol>
 *   <li>Missing or not a string of at most 255 characters: CLAIM_MISSING or CLAIM_INVALID.
 *   <li>Unknown: recorded, ACTIVE when the registration approves deployments automatically, else
 *       PENDING for an administrator; the launch fails with DEPLOYMENT_UNKNOWN unless it became
 *       ACTIVE.
 *   <li>Known but PENDING or REJECTED: DEPLOYMENT_NOT_ACTIVE.
 * </ol>
 */
record DeploymentCheck(RegistrationRepository registrations, Clock clock) implements LaunchCheck {

  /** LTI 1.3 §5.3.3: at most 255 ASCII characters. */
  static final int MAX_DEPLOYMENT_ID_CHARS = 255;

  private static final Logger LOG = Logger.getLogger(DeploymentCheck.class.getName());

  @Override
  public void check(LaunchContext launch) {
    Registration registration = launch.registration();
    String deploymentId = deploymentId(launch);

    Optional<Deployment> known = registrations.findDeployment(registration.id(), deploymentId);
    Deployment deployment = known.orElseGet(() -> record(registration, deploymentId));

    if (!deployment.acceptsLaunches()) {
      LaunchError error =
          known.isPresent() ? LaunchError.DEPLOYMENT_NOT_ACTIVE : LaunchError.DEPLOYMENT_UNKNOWN;
      throw new LaunchRejectedException(
          error,
          "deployment "
              + deploymentId
              + " of "
              + registration.issuer()
              + " is "
              + deployment.status());
    }
    launch.deployment(deployment);
  }

  private static String deploymentId(LaunchContext launch) {
    JsonValues claims = launch.claimValues();
    if (!claims.has(LtiClaims.DEPLOYMENT_ID)) {
      throw new LaunchRejectedException(LaunchError.CLAIM_MISSING, "deployment_id is missing");
    }
    String deploymentId = claims.nonBlank(LtiClaims.DEPLOYMENT_ID);
    if (deploymentId == null || deploymentId.length() > MAX_DEPLOYMENT_ID_CHARS) {
      throw new LaunchRejectedException(
          LaunchError.CLAIM_INVALID, "deployment_id is not a string of 1 to 255 characters");
    }
    return deploymentId;
  }

  private Deployment record(Registration registration, String deploymentId) {
    DeploymentStatus status =
        registration.autoApproveDeployments() ? DeploymentStatus.ACTIVE : DeploymentStatus.PENDING;
    Deployment stored =
        registrations.recordDeployment(
            new Deployment(registration.id(), deploymentId, status, "", clock.instant()));
    LOG.log(
        Level.INFO,
        "Recorded deployment {0} of issuer {1}, client_id {2} as {3}",
        new Object[] {
          Printable.of(deploymentId),
          registration.issuer(),
          registration.clientId(),
          stored.status()
        });
    return stored;
  }
}
