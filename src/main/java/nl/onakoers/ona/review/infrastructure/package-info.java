/** JPA storage of reviews: the {@code card_review} table. */
package nl.onakoers.ona.review.infrastructure;
