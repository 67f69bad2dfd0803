/** Read-only queries over the cards, steps and launch sessions of one course. */
package nl.onakoers.ona.overview.infrastructure;
