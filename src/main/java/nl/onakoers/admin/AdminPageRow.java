package nl.onakoers.admin;

import java.util.List;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.Registration;

/**
 * One registration with its deployments, as the admin page lists it.
 *
 * @param registration the registration
 * @param deployments its deployments, oldest first
 */
public record AdminPageRow(Registration registration, List<Deployment> deployments) {

  /** Whether the registration waits for an administrator's approval. */
  public boolean isPendingRegistration() {
    return !registration.isActive();
  }

  public long pendingCount() {
    return deployments.stream().filter(d -> d.status() == DeploymentStatus.PENDING).count();
  }

  /** The catalogue key of a deployment's status, e.g. {@code admin.status.pending}. */
  public static String statusKey(Deployment deployment) {
    return "admin.status." + DeploymentValidator.nameOf(deployment.status());
  }

  public static boolean isPending(Deployment deployment) {
    return deployment.status() == DeploymentStatus.PENDING;
  }
}
