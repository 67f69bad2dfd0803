/**
 * A coach's review of a participant's result card: a level 0–3 per rubric criterion, the global
 * checks, feedback overall and per field, and the decision to return the card for revision or to
 * approve it (akkoord). The rules live in {@link nl.onakoers.ona.review.ReviewRules}; {@link
 * nl.onakoers.ona.review.CardReviews} writes the review, the card's new status, its event and the
 * grade for the LMS in one transaction. A coach never changes the participant's answers. JPA lives
 * in {@code infrastructure}.
 */
package nl.onakoers.ona.review;
