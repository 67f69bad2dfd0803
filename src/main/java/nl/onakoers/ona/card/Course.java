package nl.onakoers.ona.card;

import java.util.Objects;

/**
 * A course of one platform registration: what a coach's launch lets them see. A launch without a
 * context uses the empty string, which matches no course's cards.
 */
public record Course(String registrationId, String contextId) {

  public Course {
    Objects.requireNonNull(registrationId, "registrationId");
    contextId = contextId == null ? "" : contextId;
  }
}
