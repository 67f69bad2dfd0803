package nl.onakoers.lti.registration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import nl.onakoers.db.Database;
import nl.onakoers.lti.registration.InvitationUses;

/**
 * {@link InvitationUses} in the tool's database. The code hash is the primary key, so of two nodes
 * that claim the same invitation at once only one insert commits.
 */
@ApplicationScoped
public class JpaInvitationUses implements InvitationUses {

  private final Database database;

  protected JpaInvitationUses() {
    this(null);
  }

  @Inject
  public JpaInvitationUses(Database database) {
    this.database = database;
  }

  @Override
  public boolean claim(String codeHash, Instant usedAt, Instant expiresAt) {
    if (isUsed(codeHash)) {
      return false;
    }
    try {
      database.run(em -> em.persist(new InvitationUseRow(codeHash, usedAt, expiresAt)));
      return true;
    } catch (PersistenceException e) {
      // Another node inserted the same key between the check and the insert.
      if (isUsed(codeHash)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean isUsed(String codeHash) {
    return database.inTransaction(em -> em.find(InvitationUseRow.class, codeHash) != null);
  }

  @Override
  public void release(String codeHash) {
    database.run(
        em ->
            em.createQuery("delete from InvitationUseRow u where u.codeHash = :hash")
                .setParameter("hash", codeHash)
                .executeUpdate());
  }

  @Override
  public int deleteExpiredBefore(Instant instant) {
    return database.inTransaction(
        em ->
            em.createQuery("delete from InvitationUseRow u where u.expiresAt < :instant")
                .setParameter("instant", instant.atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate());
  }
}
