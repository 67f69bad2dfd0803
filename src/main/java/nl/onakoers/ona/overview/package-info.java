/**
 * The coach's view of a course: who takes part (the platform's roster plus everyone who launched),
 * each participant's result cards RK1–RK9 with their status, their last activity, and activation
 * signals that tell the coach which conversation to have. Read only: nothing here writes a card,
 * and the roster itself is never stored. JPA queries live in {@code infrastructure}.
 */
package nl.onakoers.ona.overview;
