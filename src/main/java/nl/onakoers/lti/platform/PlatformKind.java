package nl.onakoers.lti.platform;

/** The LMS product behind a registration; some behaviour differs per product. */
public enum PlatformKind {
  MOODLE,
  CANVAS,
  BRIGHTSPACE,
  BLACKBOARD,
  SAKAI,
  GENERIC
}
