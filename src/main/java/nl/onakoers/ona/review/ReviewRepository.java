package nl.onakoers.ona.review;

import java.util.List;
import java.util.Optional;

/** Storage of reviews; a review is never changed or removed, so the history stays complete. */
public interface ReviewRepository {

  /** Stores a review, joining the caller's {@link nl.onakoers.db.UnitOfWork} if there is one. */
  void add(Review review);

  /** The card's reviews, newest first. */
  List<Review> history(String cardRowId);

  default Optional<Review> latest(String cardRowId) {
    return history(cardRowId).stream().findFirst();
  }
}
