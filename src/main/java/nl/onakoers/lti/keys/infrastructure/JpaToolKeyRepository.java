package nl.onakoers.lti.keys.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.onakoers.db.Database;
import nl.onakoers.lti.keys.ToolKey;
import nl.onakoers.lti.keys.ToolKeyRepository;

/** {@link ToolKeyRepository} on the tool's database. */
@ApplicationScoped
public class JpaToolKeyRepository implements ToolKeyRepository {

  private final Database database;

  protected JpaToolKeyRepository() {
    this(null);
  }

  @Inject
  public JpaToolKeyRepository(Database database) {
    this.database = database;
  }

  @Override
  public List<ToolKey> published() {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select k from ToolKeyRow k where k.retiredAt is null"
                        + " order by k.createdAt desc, k.kid desc",
                    ToolKeyRow.class)
                .getResultStream()
                .map(ToolKeyRow::toDomain)
                .toList());
  }

  @Override
  public void add(ToolKey key) {
    database.run(em -> em.persist(ToolKeyRow.of(key)));
  }

  @Override
  public boolean retire(String kid, Instant at) {
    return database.inTransaction(
        em -> {
          ToolKeyRow row = em.find(ToolKeyRow.class, kid);
          if (row == null || row.toDomain().isRetired()) {
            return false;
          }
          row.retire(at.atOffset(ZoneOffset.UTC));
          return true;
        });
  }
}
