package nl.onakoers.lti.platform;

/** Whether a platform may start logins and frame the tool. */
public enum RegistrationStatus {
  /** Entered or approved by an administrator (or approved automatically). */
  ACTIVE,
  /**
   * Made by dynamic registration and not approved yet: logins and launches are refused and the
   * platform may not frame the tool, so an invitation alone does not connect an LMS.
   */
  PENDING
}
