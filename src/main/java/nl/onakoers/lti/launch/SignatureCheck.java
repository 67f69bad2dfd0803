package nl.onakoers.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import nl.onakoers.lti.platform.PlatformKeys;
import nl.onakoers.lti.platform.PlatformKeysUnavailableException;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.web.Printable;

/**
 * The id_token is signed with RS256 by a key the platform publishes under the header's {@code kid}.
 *
 * <ol>
 *   <li>Any algorithm but RS256 (HMAC with the public key as secret, ECDSA, …) fails with
 *       SIGNATURE_ALGORITHM; the algorithm is never taken from the token.
 *   <li>No {@code kid}, or one the platform does not publish even after a refetch, fails with
 *       KEY_UNKNOWN.
 *   <li>The keys cannot be fetched: PLATFORM_KEYS_UNAVAILABLE.
 *   <li>A signature that does not verify fails with SIGNATURE_INVALID.
 * </ol>
 */
record SignatureCheck(PlatformKeys platformKeys) implements LaunchCheck {

  @Override
  public void check(LaunchContext launch) {
    JWSHeader header = launch.token().getHeader();
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      throw new LaunchRejectedException(
          LaunchError.SIGNATURE_ALGORITHM,
          "alg " + Printable.of(header.getAlgorithm()) + " is not RS256");
    }

    RSAKey key = platformKey(launch.registration(), header.getKeyID());

    if (!verifies(launch, key)) {
      throw new LaunchRejectedException(
          LaunchError.SIGNATURE_INVALID, "signature does not verify with kid " + key.getKeyID());
    }
  }

  private RSAKey platformKey(Registration registration, String kid) {
    if (kid == null || kid.isBlank()) {
      throw new LaunchRejectedException(LaunchError.KEY_UNKNOWN, "JWS header has no kid");
    }
    try {
      return platformKeys
          .signingKey(registration, kid)
          .orElseThrow(
              () ->
                  new LaunchRejectedException(
                      LaunchError.KEY_UNKNOWN,
                      "kid " + Printable.of(kid) + " not published by " + registration.issuer()));
    } catch (PlatformKeysUnavailableException e) {
      throw new LaunchRejectedException(LaunchError.PLATFORM_KEYS_UNAVAILABLE, e.getMessage());
    }
  }

  private static boolean verifies(LaunchContext launch, RSAKey key) {
    try {
      return launch.token().verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      throw new LaunchRejectedException(
          LaunchError.SIGNATURE_INVALID, "signature cannot be checked with kid " + key.getKeyID());
    }
  }
}
