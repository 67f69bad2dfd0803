package nl.onakoers.ona.card;

import java.util.Objects;

/**
 * Whose work it is: a user ({@code sub}) of a platform registration in one course context. A launch
 * without a context uses the empty string, so it never matches a course's cards.
 */
public record CardOwner(String registrationId, String contextId, String userId) {

  public CardOwner {
    Objects.requireNonNull(registrationId, "registrationId");
    contextId = contextId == null ? "" : contextId;
    Objects.requireNonNull(userId, "userId");
  }
}
