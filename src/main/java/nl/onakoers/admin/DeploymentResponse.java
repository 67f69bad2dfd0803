package nl.onakoers.admin;

import nl.onakoers.lti.platform.Deployment;

/**
 * A deployment in the admin API's JSON.
 *
 * @param deploymentId the platform's deployment_id
 * @param status active, pending or rejected
 * @param label the administrators' note, may be empty
 * @param firstSeenAt ISO-8601 instant
 */
public record DeploymentResponse(
    String deploymentId, String status, String label, String firstSeenAt) {

  static DeploymentResponse of(Deployment d) {
    return new DeploymentResponse(
        d.deploymentId(),
        DeploymentValidator.nameOf(d.status()),
        d.label(),
        d.firstSeenAt().toString());
  }
}
