package nl.onakoers.lti.platform;

import java.time.Instant;
import java.util.Objects;

/**
 * One deployment of the tool on a platform, as named by the {@code deployment_id} claim.
 *
 * @param registrationId the registration it belongs to
 * @param deploymentId the platform's deployment_id, exactly as sent
 * @param status whether launches are accepted
 * @param label an administrator's note, may be empty
 * @param firstSeenAt when it was recorded
 */
public record Deployment(
    String registrationId,
    String deploymentId,
    DeploymentStatus status,
    String label,
    Instant firstSeenAt) {

  public Deployment {
    Objects.requireNonNull(registrationId, "registrationId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    label = label == null ? "" : label;
  }

  public boolean acceptsLaunches() {
    return status == DeploymentStatus.ACTIVE;
  }

  public Deployment withStatus(DeploymentStatus newStatus) {
    return new Deployment(registrationId, deploymentId, newStatus, label, firstSeenAt);
  }
}
