package nl.onakoers.lti.ags;

import java.util.Set;
import nl.onakoers.lti.platform.Registration;

/**
 * Sends a request with a bearer token for one scope; on a 401 the token is dropped and the request
 * is sent once more with a fresh one. A token without the scope is a {@link
 * ScopeNotGrantedException}.
 *
 * <p>Thread safe.
 */
final class ServiceCalls {

  private final AccessTokens tokens;
  private final PlatformHttp http;

  ServiceCalls(AccessTokens tokens, PlatformHttp http) {
    this.tokens = tokens;
    this.http = http;
  }

  PlatformResponse send(Registration registration, String scope, PlatformRequest request) {
    PlatformResponse response = sendOnce(registration, scope, request);
    if (response.status() != 401) {
      return response;
    }

    tokens.invalidate(registration, Set.of(scope));
    return sendOnce(registration, scope, request);
  }

  private PlatformResponse sendOnce(
      Registration registration, String scope, PlatformRequest request) {
    AccessToken token = tokens.token(registration, Set.of(scope));
    if (!token.grants(scope)) {
      // Forgotten, so that a later try after the administrator allowed the scope asks again.
      tokens.invalidate(registration, Set.of(scope));
      throw new ScopeNotGrantedException(registration.id(), scope);
    }
    return http.send(request.withHeader("Authorization", token.authorizationHeader()));
  }
}
