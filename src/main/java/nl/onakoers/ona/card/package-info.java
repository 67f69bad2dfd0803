/**
 * A participant's own work on the course: lesson steps marked done, and result cards from first
 * draft to submission. Every read and write is keyed by a {@link nl.onakoers.ona.card.CardOwner}
 * taken from the launch session, never from the request, so a participant only ever reaches their
 * own cards. JPA lives in {@code infrastructure}.
 */
package nl.onakoers.ona.card;
