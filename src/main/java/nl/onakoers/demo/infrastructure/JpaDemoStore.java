package nl.onakoers.demo.infrastructure;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.demo.DemoLineItem;
import nl.onakoers.demo.DemoLink;
import nl.onakoers.demo.DemoScore;
import nl.onakoers.demo.DemoStore;

/** {@link DemoStore} on the tool's database. Thread safe. */
@ApplicationScoped
public class JpaDemoStore implements DemoStore {

  private final Database database;

  protected JpaDemoStore() {
    this(null);
  }

  @Inject
  public JpaDemoStore(Database database) {
    this.database = database;
  }

  @Override
  public Optional<RSAKey> key() {
    return database.inTransaction(
        em ->
            em.createQuery("select k from DemoKeyRow k order by k.createdAt", DemoKeyRow.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(DemoKeyRow::toKey));
  }

  @Override
  public RSAKey addKeyIfNone(RSAKey key) {
    try {
      database.run(
          em -> {
            long count =
                em.createQuery("select count(k) from DemoKeyRow k", Long.class).getSingleResult();
            if (count == 0) {
              em.persist(DemoKeyRow.of(key, OffsetDateTime.now(ZoneOffset.UTC)));
            }
          });
    } catch (RuntimeException e) {
      // Another node stored its key first; theirs is read below.
    }
    return key().orElseThrow(() -> new IllegalStateException("No sandbox key could be stored"));
  }

  @Override
  public List<DemoLink> links(String contextId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select l from DemoLinkRow l where l.contextId = :c"
                        + " order by l.position, l.createdAt",
                    DemoLinkRow.class)
                .setParameter("c", contextId)
                .getResultStream()
                .map(DemoLinkRow::toDomain)
                .toList());
  }

  @Override
  public Optional<DemoLink> link(String id) {
    return database.inTransaction(
        em -> Optional.ofNullable(em.find(DemoLinkRow.class, id)).map(DemoLinkRow::toDomain));
  }

  @Override
  public void addLink(DemoLink link) {
    database.run(em -> em.persist(DemoLinkRow.of(link)));
  }

  @Override
  public List<DemoLineItem> lineItems(String contextId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select i from DemoLineItemRow i where i.contextId = :c"
                        + " order by i.createdAt, i.id",
                    DemoLineItemRow.class)
                .setParameter("c", contextId)
                .getResultStream()
                .map(DemoLineItemRow::toDomain)
                .toList());
  }

  @Override
  public Optional<DemoLineItem> lineItem(String id) {
    return database.inTransaction(
        em ->
            Optional.ofNullable(em.find(DemoLineItemRow.class, id)).map(DemoLineItemRow::toDomain));
  }

  @Override
  public void addLineItem(DemoLineItem item) {
    database.run(em -> em.persist(DemoLineItemRow.of(item)));
  }

  @Override
  public List<DemoScore> scores(String contextId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select s from DemoScoreRow s, DemoLineItemRow i"
                        + " where s.lineItemId = i.id and i.contextId = :c"
                        + " order by s.receivedAt desc, s.scoreTimestamp desc",
                    DemoScoreRow.class)
                .setParameter("c", contextId)
                .getResultStream()
                .map(DemoScoreRow::toDomain)
                .toList());
  }

  @Override
  public Optional<DemoScore> latestScore(String lineItemId, String userId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select s from DemoScoreRow s where s.lineItemId = :i and s.userId = :u"
                        + " order by s.scoreTimestamp desc",
                    DemoScoreRow.class)
                .setParameter("i", lineItemId)
                .setParameter("u", userId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(DemoScoreRow::toDomain));
  }

  @Override
  public void addScore(DemoScore score) {
    database.run(em -> em.persist(DemoScoreRow.of(score)));
  }
}
