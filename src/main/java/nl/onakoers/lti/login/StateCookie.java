package nl.onakoers.lti.login;

import java.time.Duration;

/**
 * The first rung of binding a login state to the browser: a cookie named after the state that only
 * this browser carries back to the launch. It is {@code SameSite=None; Secure} so that it survives
 * the platform's cross-site form POST, {@code Partitioned} (CHIPS) so that browsers that block
 * third-party cookies still keep it for the LMS frame, and {@code HttpOnly}.
 */
public final class StateCookie {

  static final String PREFIX = "lti_state_";

  private StateCookie() {}

  /** The cookie's name for a state: one cookie per flow, so two tabs never clobber each other. */
  public static String name(String state) {
    return PREFIX + state;
  }

  /** The full {@code Set-Cookie} header value; JAX-RS has no way to say {@code Partitioned}. */
  public static String header(String state, Duration lifetime) {
    return name(state)
        + "="
        + state
        + "; Path=/lti; Max-Age="
        + lifetime.toSeconds()
        + "; Secure; HttpOnly; SameSite=None; Partitioned";
  }

  /** A header that removes the cookie once the launch has spent the state. */
  public static String expired(String state) {
    return name(state) + "=; Path=/lti; Max-Age=0; Secure; HttpOnly; SameSite=None; Partitioned";
  }
}
