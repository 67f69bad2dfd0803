/**
 * Registrations and deployments in the tool's database: JPA row classes and the repository that
 * maps them to the domain records of {@code lti.platform}. Nothing outside this package sees a row.
 */
package nl.onakoers.lti.platform.infrastructure;
