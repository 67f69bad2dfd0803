package nl.onakoers.ona.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.evidence.EvidenceFile;
import nl.onakoers.ona.evidence.EvidenceRepository;

/**
 * {@link EvidenceRepository} on the tool's database. The bytes live in the database too, so every
 * node of a cluster serves every file and a backup of the database holds them.
 */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

  private static final String OWNER =
      "f.registrationId = :r and f.contextId = :c and f.userId = :u";

  private final Database database;

  protected JpaEvidenceRepository() {
    this(null);
  }

  @Inject
  public JpaEvidenceRepository(Database database) {
    this.database = database;
  }

  @Override
  public void add(EvidenceFile file, byte[] content) {
    database.run(
        em -> {
          em.persist(EvidenceFileRow.of(file));
          em.flush();
          em.persist(new EvidenceContentRow(file.id(), content));
        });
  }

  @Override
  public List<EvidenceFile> list(CardOwner owner, String cardId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select f from EvidenceFileRow f where "
                        + OWNER
                        + " and f.cardId = :card order by f.createdAt, f.id",
                    EvidenceFileRow.class)
                .setParameter("r", owner.registrationId())
                .setParameter("c", owner.contextId())
                .setParameter("u", owner.userId())
                .setParameter("card", cardId)
                .getResultStream()
                .map(EvidenceFileRow::toDomain)
                .toList());
  }

  @Override
  public Optional<EvidenceFile> find(String registrationId, String contextId, String id) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select f from EvidenceFileRow f where f.id = :id"
                        + " and f.registrationId = :r and f.contextId = :c",
                    EvidenceFileRow.class)
                .setParameter("id", id)
                .setParameter("r", registrationId)
                .setParameter("c", contextId == null ? "" : contextId)
                .getResultStream()
                .findFirst()
                .map(EvidenceFileRow::toDomain));
  }

  @Override
  public Optional<byte[]> content(String id) {
    return database.inTransaction(
        em -> Optional.ofNullable(em.find(EvidenceContentRow.class, id)).map(r -> r.bytes));
  }

  @Override
  public boolean delete(CardOwner owner, String id) {
    return database.inTransaction(em -> remove(em, owned(em, owner, id)) > 0);
  }

  @Override
  public int deleteAllOf(CardOwner owner) {
    return database.inTransaction(em -> remove(em, owned(em, owner, null)));
  }

  /** The owner's rows: all of them, or the one with the id when it is not null. */
  private static List<EvidenceFileRow> owned(EntityManager em, CardOwner owner, String id) {
    var query =
        em.createQuery(
                "select f from EvidenceFileRow f where "
                    + OWNER
                    + (id == null ? "" : " and f.id = :id"),
                EvidenceFileRow.class)
            .setParameter("r", owner.registrationId())
            .setParameter("c", owner.contextId())
            .setParameter("u", owner.userId());
    return (id == null ? query : query.setParameter("id", id)).getResultList();
  }

  private static int remove(EntityManager em, List<EvidenceFileRow> rows) {
    for (EvidenceFileRow row : rows) {
      EvidenceContentRow content = em.find(EvidenceContentRow.class, row.id);
      if (content != null) {
        em.remove(content);
        em.flush();
      }
      em.remove(row);
    }
    return rows.size();
  }
}
