package nl.onakoers.lti.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessionRepository;

/** {@link LaunchSessionRepository} on the tool's database, shared by every node. */
@ApplicationScoped
public class JpaLaunchSessionRepository implements LaunchSessionRepository {

  private final Database database;

  protected JpaLaunchSessionRepository() {
    this(null);
  }

  @Inject
  public JpaLaunchSessionRepository(Database database) {
    this.database = database;
  }

  @Override
  public void add(LaunchSession session) {
    database.run(em -> em.persist(LaunchSessionRow.of(session)));
  }

  @Override
  public Optional<LaunchSession> find(String id) {
    return database.inTransaction(
        em ->
            Optional.ofNullable(em.find(LaunchSessionRow.class, id))
                .map(LaunchSessionRow::toDomain));
  }

  @Override
  public int deleteExpiredBefore(Instant instant) {
    return database.inTransaction(
        em ->
            em.createQuery("delete from LaunchSessionRow s where s.expiresAt < :instant")
                .setParameter("instant", LaunchSessionRow.utc(instant))
                .executeUpdate());
  }
}
