package nl.onakoers.lti.ags;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer token for a platform's services.
 *
 * @param value the token itself; never logged, left out of {@link #toString()}
 * @param grantedScopes the scopes the platform granted, which may be fewer than asked
 * @param expiresAt when the platform stops accepting it
 */
public record AccessToken(String value, Set<String> grantedScopes, Instant expiresAt) {

  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    grantedScopes = Set.copyOf(grantedScopes);
  }

  public boolean grants(String scope) {
    return grantedScopes.contains(scope);
  }

  public String authorizationHeader() {
    return "Bearer " + value;
  }

  @Override
  public String toString() {
    return "AccessToken[scopes=" + grantedScopes + ", expiresAt=" + expiresAt + "]";
  }
}
