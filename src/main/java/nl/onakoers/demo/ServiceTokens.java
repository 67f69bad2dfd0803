package nl.onakoers.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The sandbox's access tokens for its services: JWTs it signs itself, so that any node can check
 * them without a token table. A token names the granted scopes and lives {@link #LIFETIME}.
 *
 * <p>Thread safe.
 */
public final class ServiceTokens {

  public static final Duration LIFETIME = Duration.ofHours(1);

  /** What the sandbox grants; the token's scope is the intersection with what was asked. */
  public static final Set<String> GRANTABLE =
      Set.of(
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/score",
          "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

  private final RSAKey key;
  private final String issuer;
  private final Clock clock;

  public ServiceTokens(RSAKey key, String issuer, Clock clock) {
    this.key = key;
    this.issuer = issuer;
    this.clock = clock;
  }

  /** The scopes to grant of a space-separated request. */
  public static Set<String> grant(String requested) {
    Set<String> granted = new LinkedHashSet<>();
    if (requested != null) {
      Arrays.stream(requested.trim().split("\\s+"))
          .filter(GRANTABLE::contains)
          .forEach(granted::add);
    }
    if (granted.isEmpty()) {
      throw new ServiceRejection(400, "invalid_scope", "no grantable scope was asked for");
    }
    return granted;
  }

  /** A signed token for the client and scopes. */
  public String issue(String clientId, Set<String> scopes) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(issuer)
            .subject(clientId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .claim("scope", String.join(" ", scopes))
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(new JOSEObjectType("at+jwt"))
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a sandbox access token", e);
    }
  }

  /**
   * Checks a request's {@code Authorization} header.
   *
   * @throws ServiceRejection 401 without a valid unexpired token, 403 without any of the scopes
   */
  public void require(String authorization, Set<String> anyOf) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ServiceRejection(401, "invalid_token", "a bearer token is required");
    }
    JWTClaimsSet claims = verified(authorization.substring(7).trim());
    Set<String> scopes = Set.of(String.valueOf(claims.getClaim("scope")).split(" "));
    if (anyOf.stream().noneMatch(scopes::contains)) {
      throw new ServiceRejection(403, "insufficient_scope", "the token lacks " + anyOf);
    }
  }

  private JWTClaimsSet verified(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      boolean valid =
          JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
              && jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()));
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!valid
          || !issuer.equals(claims.getIssuer())
          || claims.getExpirationTime() == null
          || !claims.getExpirationTime().toInstant().isAfter(clock.instant())) {
        throw new ServiceRejection(401, "invalid_token", "the token is not valid");
      }
      return claims;
    } catch (ParseException | JOSEException e) {
      throw new ServiceRejection(401, "invalid_token", "the token is not valid");
    }
  }
}
