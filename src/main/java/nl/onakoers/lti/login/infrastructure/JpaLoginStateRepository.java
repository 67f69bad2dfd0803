package nl.onakoers.lti.login.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.login.LoginStateRepository;

/** {@link LoginStateRepository} on the tool's database, so any node can finish a flow. */
@ApplicationScoped
public class JpaLoginStateRepository implements LoginStateRepository {

  private final Database database;

  protected JpaLoginStateRepository() {
    this(null);
  }

  @Inject
  public JpaLoginStateRepository(Database database) {
    this.database = database;
  }

  @Override
  public void add(LoginState state) {
    database.run(em -> em.persist(LoginStateRow.of(state)));
  }

  @Override
  public Optional<LoginState> find(String state) {
    return database.inTransaction(
        em ->
            Optional.ofNullable(em.find(LoginStateRow.class, state)).map(LoginStateRow::toDomain));
  }

  @Override
  public boolean markUsed(String state, Instant at) {
    // One conditional UPDATE: the database lets exactly one caller change the row.
    int changed =
        database.inTransaction(
            em ->
                em.createQuery(
                        "update LoginStateRow s set s.usedAt = :at"
                            + " where s.state = :state and s.usedAt is null")
                    .setParameter("at", LoginStateRow.utc(at))
                    .setParameter("state", state)
                    .executeUpdate());
    return changed == 1;
  }

  @Override
  public int deleteExpiredBefore(Instant instant) {
    return database.inTransaction(
        em ->
            em.createQuery("delete from LoginStateRow s where s.expiresAt < :instant")
                .setParameter("instant", LoginStateRow.utc(instant))
                .executeUpdate());
  }
}
