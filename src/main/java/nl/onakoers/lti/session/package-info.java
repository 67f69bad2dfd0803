/**
 * Launch sessions: created by a validated launch, carried in the page (never a cookie), resolved by
 * every page request, expiring after a few hours. Only the token's hash is stored.
 */
package nl.onakoers.lti.session;
