package nl.onakoers.demo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Set;

/**
 * Checks the tool's client assertion at the sandbox token endpoint, as a platform does (RFC 7523,
 * {@code private_key_jwt}):
 *
 * <ul>
 *   <li>RS256 only, signed by a key in the tool's JWKS ({@code kid} looked up, JWKS fetched over
 *       HTTP by the caller's {@link JWKSource});
 *   <li>{@code iss} = {@code sub} = the sandbox's client_id;
 *   <li>{@code aud} contains the token URL;
 *   <li>{@code exp}, {@code iat} and {@code jti} present, {@code exp} not passed (60 s leeway).
 * </ul>
 *
 * <p>TODO [security] a {@code jti} is not remembered, so an assertion can be replayed until it
 * expires; the sandbox holds no real grades.
 *
 * <p>Thread safe.
 */
public final class ClientAssertions {

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  /**
   * @param toolKeys the tool's public keys
   * @param clientId the client_id the sandbox gave the tool
   * @param tokenUrl the sandbox token endpoint, the required audience
   */
  public ClientAssertions(JWKSource<SecurityContext> toolKeys, String clientId, String tokenUrl) {
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, toolKeys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            tokenUrl,
            new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).build(),
            Set.of("exp", "iat", "jti")));
  }

  /**
   * @throws ServiceRejection {@code invalid_client} (401) when the assertion is refused
   */
  public JWTClaimsSet verify(String assertion) {
    if (assertion == null || assertion.isBlank()) {
      throw new ServiceRejection(400, "invalid_request", "client_assertion is required");
    }
    try {
      return processor.process(assertion, null);
    } catch (java.text.ParseException | BadJOSEException e) {
      throw new ServiceRejection(401, "invalid_client", "client assertion rejected: " + reason(e));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new ServiceRejection(
          503, "temporarily_unavailable", "the tool's keys could not be read");
    }
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 120 ? message.substring(0, 120) : message;
  }
}
