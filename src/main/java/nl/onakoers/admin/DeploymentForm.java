package nl.onakoers.admin;

/**
 * A deployment as an administrator adds or changes it. Every member may be null.
 *
 * @param deploymentId the platform's deployment_id (only when adding)
 * @param status active, pending or rejected; when adding, active if null
 * @param label an administrator's note; unchanged when null on a change
 */
public record DeploymentForm(String deploymentId, String status, String label) {}
