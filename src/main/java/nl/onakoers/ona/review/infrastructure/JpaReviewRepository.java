package nl.onakoers.ona.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.onakoers.db.Database;
import nl.onakoers.ona.review.Review;
import nl.onakoers.ona.review.ReviewRepository;

/** {@link ReviewRepository} on the tool's database. */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

  private final Database database;

  protected JpaReviewRepository() {
    this(null);
  }

  @Inject
  public JpaReviewRepository(Database database) {
    this.database = database;
  }

  @Override
  public void add(Review review) {
    database.run(em -> em.persist(CardReviewRow.of(review)));
  }

  @Override
  public List<Review> history(String cardRowId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select r from CardReviewRow r where r.cardRowId = :card"
                        + " order by r.reviewedAt desc, r.cardVersion desc",
                    CardReviewRow.class)
                .setParameter("card", cardRowId)
                .getResultStream()
                .map(CardReviewRow::toDomain)
                .toList());
  }
}
