package nl.onakoers.lti.platform;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;

/** Fetches a platform's public key set. Implementations must be thread safe. */
public interface JwksFetcher {

  /**
   * @param jwksUrl the platform's JWKS URL, not null
   * @return the keys as published, never null
   * @throws PlatformKeysUnavailableException when the set cannot be fetched or read
   */
  JWKSet fetch(URI jwksUrl);
}
