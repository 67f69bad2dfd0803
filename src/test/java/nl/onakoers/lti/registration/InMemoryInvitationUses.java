package nl.onakoers.lti.registration;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Uses kept in a set, as the database keeps them: one per code hash. */
final class InMemoryInvitationUses implements InvitationUses {
  private final Set<String> used = new HashSet<>();

  @Override
  public boolean claim(String codeHash, Instant usedAt, Instant expiresAt) {
    return used.add(codeHash);
  }

  @Override
  public boolean isUsed(String codeHash) {
    return used.contains(codeHash);
  }

  @Override
  public void release(String codeHash) {
    used.remove(codeHash);
  }

  @Override
  public int deleteExpiredBefore(Instant instant) {
    return 0;
  }

  Set<String> hashes() {
    return used;
  }
}
