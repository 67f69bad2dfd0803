package nl.onakoers.lti.login;

import java.net.URI;

/**
 * The outcome of a login initiation: where to send the browser, and the state to bind to it.
 *
 * @param authenticationRequest the platform's auth URL with the OIDC request parameters
 * @param loginState the stored state; its {@code state} is bound to the browser by a cookie and,
 *     when the platform offers it, by platform storage
 */
public record LoginRedirect(URI authenticationRequest, LoginState loginState) {}
