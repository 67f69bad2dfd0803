/**
 * Administration of platform registrations and their deployments: the JSON API under {@code
 * /api/admin} (bearer token) and the pages under {@code /admin} (token in a form field). Both check
 * input with the same validators and change data through {@link
 * nl.onakoers.admin.RegistrationAdmin}. The domain types themselves live in {@code lti.platform}.
 */
package nl.onakoers.admin;
