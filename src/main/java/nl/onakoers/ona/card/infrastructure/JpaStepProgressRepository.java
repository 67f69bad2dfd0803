package nl.onakoers.ona.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.onakoers.db.Database;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.StepProgressRepository;

/** {@link StepProgressRepository} on the tool's database. */
@ApplicationScoped
public class JpaStepProgressRepository implements StepProgressRepository {

  private static final String OWNER =
      "p.registrationId = :r and p.contextId = :c and p.userId = :u";

  private final Database database;

  protected JpaStepProgressRepository() {
    this(null);
  }

  @Inject
  public JpaStepProgressRepository(Database database) {
    this.database = database;
  }

  @Override
  public Set<String> doneSteps(CardOwner owner, String moduleId) {
    return database.inTransaction(
        em ->
            new HashSet<>(
                em.createQuery(
                        "select p.stepId from StepProgressRow p where "
                            + OWNER
                            + " and p.moduleId = :m",
                        String.class)
                    .setParameter("r", owner.registrationId())
                    .setParameter("c", owner.contextId())
                    .setParameter("u", owner.userId())
                    .setParameter("m", moduleId)
                    .getResultList()));
  }

  @Override
  public Map<String, Integer> doneCounts(CardOwner owner) {
    return database.inTransaction(
        em -> {
          Map<String, Integer> counts = new HashMap<>();
          em.createQuery("select p.moduleId from StepProgressRow p where " + OWNER, String.class)
              .setParameter("r", owner.registrationId())
              .setParameter("c", owner.contextId())
              .setParameter("u", owner.userId())
              .getResultList()
              .forEach(m -> counts.merge(m, 1, Integer::sum));
          return counts;
        });
  }

  @Override
  public void mark(CardOwner owner, String moduleId, String stepId, boolean done, Instant at) {
    var key =
        new StepProgressRow.Key(
            owner.registrationId(), owner.contextId(), owner.userId(), moduleId, stepId);
    database.run(
        em -> {
          StepProgressRow existing = em.find(StepProgressRow.class, key);
          if (!done && existing != null) {
            em.remove(existing);
          } else if (done && existing == null) {
            StepProgressRow row = new StepProgressRow();
            row.registrationId = key.registrationId();
            row.contextId = key.contextId();
            row.userId = key.userId();
            row.moduleId = moduleId;
            row.stepId = stepId;
            row.doneAt = ParticipantCardRow.utc(at);
            em.persist(row);
          }
        });
  }
}
