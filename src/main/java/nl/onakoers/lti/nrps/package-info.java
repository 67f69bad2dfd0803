/**
 * LTI Names and Role Provisioning Services 2.0: the course roster as the platform reports it, for
 * the coach's group overview. The access token comes from {@link
 * nl.onakoers.lti.nrps.ServiceTokens}; nothing here renders pages.
 */
package nl.onakoers.lti.nrps;
