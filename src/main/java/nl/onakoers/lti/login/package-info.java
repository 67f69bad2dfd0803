/**
 * OIDC third-party login initiation ({@code /lti/login}): choosing the registration, issuing state
 * and nonce, binding the state to the browser (partitioned cookie, platform storage, or a new
 * window), and redirecting to the platform's authentication URL.
 */
package nl.onakoers.lti.login;
