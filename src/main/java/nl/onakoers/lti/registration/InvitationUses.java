package nl.onakoers.lti.registration;

import java.time.Instant;

/** Which registration invitations were used, shared by every node. */
public interface InvitationUses {

  /**
   * Marks the invitation used, unless it already was.
   *
   * @param codeHash the SHA-256 of the code, in hex
   * @return false when the invitation was used before
   */
  boolean claim(String codeHash, Instant usedAt, Instant expiresAt);

  boolean isUsed(String codeHash);

  /** Gives an invitation back, after the registration it was claimed for failed. */
  void release(String codeHash);

  /** Forgets uses of invitations that expired before {@code instant}: they are invalid anyway. */
  int deleteExpiredBefore(Instant instant);
}
