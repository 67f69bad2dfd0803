package nl.onakoers.lti.nrps;

import java.util.Set;
import nl.onakoers.lti.platform.Registration;

/**
 * Gives an OAuth 2 bearer token for the platform's services (client credentials with a signed
 * client assertion). Implementations cache tokens until shortly before they expire.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0">1EdTech Security Framework §4.1</a>,
 *     using JSON Web Tokens with the OAuth 2.0 client credentials grant
 */
public interface ServiceTokens {

  /**
   * @param registration the platform, not null
   * @param scopes the scopes the call needs, not empty
   * @return the access token, without the {@code Bearer } prefix
   * @throws RosterUnavailableException or another runtime exception when no token can be had
   */
  String bearer(Registration registration, Set<String> scopes);

  /** Forgets a cached token the platform refused (HTTP 401), so the next call asks anew. */
  default void invalidate(Registration registration, Set<String> scopes) {}
}
