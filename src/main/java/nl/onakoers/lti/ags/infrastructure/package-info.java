/** JPA storage of the AGS score outbox. */
package nl.onakoers.lti.ags.infrastructure;
