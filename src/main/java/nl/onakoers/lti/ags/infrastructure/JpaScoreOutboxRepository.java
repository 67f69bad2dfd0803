package nl.onakoers.lti.ags.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.lti.ags.LineItemTarget;
import nl.onakoers.lti.ags.OutboxScore;
import nl.onakoers.lti.ags.Score;
import nl.onakoers.lti.ags.ScoreOutboxRepository;

/**
 * {@link ScoreOutboxRepository} on the tool's database. A claim is a conditional update (status,
 * attempts and due time must still be what the caller read) that moves the row's due time to a
 * lease, so two nodes never take the same row at once. On PostgreSQL the row is first locked with
 * {@code FOR UPDATE SKIP LOCKED}: a node that finds another node in the middle of claiming it moves
 * on at once instead of waiting for that transaction. The lock ends with the claim's short
 * transaction; the lease, not the lock, covers the HTTP call that follows, so no database lock is
 * held while a platform answers slowly.
 */
@ApplicationScoped
public class JpaScoreOutboxRepository implements ScoreOutboxRepository {

  static final int MAX_ERROR_LENGTH = 500;

  private final Database database;

  protected JpaScoreOutboxRepository() {
    this(null);
  }

  @Inject
  public JpaScoreOutboxRepository(Database database) {
    this.database = database;
  }

  @Override
  public long add(
      String registrationId,
      URI lineItem,
      LineItemTarget target,
      Score score,
      Instant now,
      String cardRowId) {
    return database.inTransaction(
        em -> {
          long id = nextId(em);
          ScoreOutboxRow row =
              ScoreOutboxRow.pending(id, registrationId, lineItem, target, score, now);
          row.cardRowId = cardRowId;
          em.persist(row);
          return id;
        });
  }

  @Override
  public Optional<OutboxScore> latestForCard(String cardRowId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select s from ScoreOutboxRow s where s.cardRowId = :card order by s.id desc",
                    ScoreOutboxRow.class)
                .setParameter("card", cardRowId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ScoreOutboxRow::toDomain));
  }

  @Override
  public Optional<URI> resolvedLineItem(String targetKey) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select s.lineItemUrl from ScoreOutboxRow s where s.targetKey = :key"
                        + " and s.lineItemUrl is not null order by s.id desc",
                    String.class)
                .setParameter("key", targetKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(URI::create));
  }

  @Override
  public List<String> resolve(String targetKey, URI lineItem) {
    return database.inTransaction(
        em -> {
          List<String> cards =
              em.createQuery(
                      "select distinct s.cardRowId from ScoreOutboxRow s"
                          + " where s.targetKey = :key and s.lineItemUrl is null"
                          + " and s.cardRowId is not null",
                      String.class)
                  .setParameter("key", targetKey)
                  .getResultList();
          em.createQuery(
                  "update ScoreOutboxRow s set s.lineItemUrl = :item"
                      + " where s.targetKey = :key and s.lineItemUrl is null")
              .setParameter("item", lineItem.toString())
              .setParameter("key", targetKey)
              .executeUpdate();
          return List.copyOf(cards);
        });
  }

  private long nextId(EntityManager em) {
    String sql =
        switch (database.kind()) {
          case H2 -> "select next value for score_outbox_seq";
          case POSTGRESQL -> "select nextval('score_outbox_seq')";
        };
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public Optional<OutboxScore> find(long id) {
    return database.inTransaction(
        em -> Optional.ofNullable(em.find(ScoreOutboxRow.class, id)).map(ScoreOutboxRow::toDomain));
  }

  @Override
  public List<OutboxScore> due(Instant now, int limit) {
    return database.inTransaction(
        em ->
            em
                .createQuery(
                    "select s from ScoreOutboxRow s"
                        + " where s.status = :pending and s.nextAttemptAt <= :now"
                        + " and not exists (select o from ScoreOutboxRow o"
                        + "   where o.userId = s.userId and o.status = :pending and o.id < s.id"
                        + "   and (o.lineItemUrl = s.lineItemUrl or o.targetKey = s.targetKey))"
                        + " and (s.lineItemUrl is not null or not exists"
                        + "   (select u from ScoreOutboxRow u where u.targetKey = s.targetKey"
                        + "   and u.lineItemUrl is null and u.status = :pending and u.id < s.id))"
                        + " order by s.id",
                    ScoreOutboxRow.class)
                .setParameter("pending", ScoreOutboxRow.PENDING)
                .setParameter("now", ScoreOutboxRow.utc(now))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ScoreOutboxRow::toDomain)
                .toList());
  }

  @Override
  public boolean claim(long id, int seenAttempts, Instant now, Instant leaseUntil) {
    int changed =
        database.inTransaction(
            em -> {
              if (database.kind() == DatabaseKind.POSTGRESQL && !lockUnlessTaken(em, id)) {
                return 0;
              }
              return em.createQuery(
                      "update ScoreOutboxRow s"
                          + " set s.attempts = s.attempts + 1, s.nextAttemptAt = :lease,"
                          + " s.lastError = null"
                          + " where s.id = :id and s.status = :pending"
                          + " and s.attempts = :seen and s.nextAttemptAt <= :now")
                  .setParameter("lease", ScoreOutboxRow.utc(leaseUntil))
                  .setParameter("id", id)
                  .setParameter("pending", ScoreOutboxRow.PENDING)
                  .setParameter("seen", seenAttempts)
                  .setParameter("now", ScoreOutboxRow.utc(now))
                  .executeUpdate();
            });
    return changed == 1;
  }

  /** False when the row is gone, no longer pending, or locked by another node's claim. */
  private static boolean lockUnlessTaken(EntityManager em, long id) {
    return !em.createNativeQuery(
            "select id from score_outbox where id = ?1 and status = ?2 for update skip locked")
        .setParameter(1, id)
        .setParameter(2, ScoreOutboxRow.PENDING)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Instant> lastSentTimestamp(URI lineItem, String userId) {
    OffsetDateTime last =
        database.inTransaction(
            em ->
                em.createQuery(
                        "select max(s.scoreTimestamp) from ScoreOutboxRow s"
                            + " where s.lineItemUrl = :item and s.userId = :user"
                            + " and s.status = :sent",
                        OffsetDateTime.class)
                    .setParameter("item", lineItem.toString())
                    .setParameter("user", userId)
                    .setParameter("sent", ScoreOutboxRow.SENT)
                    .getSingleResult());
    return Optional.ofNullable(last).map(OffsetDateTime::toInstant);
  }

  @Override
  public void markSent(long id, Instant sentTimestamp, String note) {
    update(
        "update ScoreOutboxRow s set s.status = :status, s.scoreTimestamp = :timestamp,"
            + " s.lastError = :error where s.id = :id",
        id,
        ScoreOutboxRow.SENT,
        ScoreOutboxRow.utc(sentTimestamp),
        note);
  }

  @Override
  public void reschedule(long id, Instant next, String error) {
    database.run(
        em ->
            em.createQuery(
                    "update ScoreOutboxRow s set s.nextAttemptAt = :next, s.lastError = :error"
                        + " where s.id = :id and s.status = :pending")
                .setParameter("next", ScoreOutboxRow.utc(next))
                .setParameter("error", truncate(error))
                .setParameter("id", id)
                .setParameter("pending", ScoreOutboxRow.PENDING)
                .executeUpdate());
  }

  @Override
  public void markFailed(long id, String error) {
    database.run(
        em ->
            em.createQuery(
                    "update ScoreOutboxRow s set s.status = :status, s.lastError = :error"
                        + " where s.id = :id")
                .setParameter("status", ScoreOutboxRow.FAILED)
                .setParameter("error", truncate(error))
                .setParameter("id", id)
                .executeUpdate());
  }

  private void update(String jpql, long id, String status, OffsetDateTime timestamp, String error) {
    database.run(
        em ->
            em.createQuery(jpql)
                .setParameter("status", status)
                .setParameter("timestamp", timestamp)
                .setParameter("error", truncate(error))
                .setParameter("id", id)
                .executeUpdate());
  }

  private static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR_LENGTH
        ? error
        : error.substring(0, MAX_ERROR_LENGTH);
  }
}
