package nl.onakoers.lti.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  public Map<String, String> names(
      String registrationId, String contextId, Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return database.inTransaction(
        em -> {
          Map<String, String> names = new HashMap<>();
          em.createQuery(
                  "select s.userId, s.userName from LaunchSessionRow s"
                      + " where s.registrationId = :r and s.contextId = :c"
                      + " and s.userName is not null and s.userId in :users"
                      + " order by s.createdAt",
                  Object[].class)
              .setParameter("r", registrationId)
              .setParameter("c", contextId)
              .setParameter("users", List.copyOf(userIds))
              .getResultList()
              .forEach(row -> names.put((String) row[0], (String) row[1]));
          return names;
        });
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
