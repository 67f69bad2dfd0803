package nl.onakoers.lti.platform;

/** Whether launches from a deployment are accepted. */
public enum DeploymentStatus {
  /** Approved by an administrator (or automatically): launches are accepted. */
  ACTIVE,
  /** Seen in a launch but not approved yet: launches are refused until an administrator acts. */
  PENDING,
  /** Refused by an administrator: launches are refused. */
  REJECTED
}
