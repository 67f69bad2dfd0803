/**
 * Platforms the tool is registered with: registrations keyed by issuer and client_id, their
 * deployments (active, pending, rejected), and the cache of each platform's public keys. The admin
 * API and pages that manage them live in {@code admin}.
 */
package nl.onakoers.lti.platform;
