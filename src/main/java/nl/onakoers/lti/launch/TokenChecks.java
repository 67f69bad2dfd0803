package nl.onakoers.lti.launch;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** The steps on the shape of the {@code id_token}, before anything in it is trusted. */
final class TokenChecks {

  /** Larger id_tokens are refused before parsing; real ones are 3–8 KiB. */
  static final int MAX_TOKEN_CHARS = 64 * 1024;

  private TokenChecks() {}

  /** An id_token was posted and is not too large. Fails with TOKEN_MISSING or TOKEN_TOO_LARGE. */
  record Present() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String token = launch.request().idToken();
      if (token == null || token.isBlank()) {
        throw new LaunchRejectedException(LaunchError.TOKEN_MISSING, "no id_token posted");
      }
      if (token.length() > MAX_TOKEN_CHARS) {
        throw new LaunchRejectedException(
            LaunchError.TOKEN_TOO_LARGE,
            "id_token has " + token.length() + " characters, at most " + MAX_TOKEN_CHARS);
      }
    }
  }

  /**
   * The id_token is a compact JWS with a JSON claims set. An unsigned ({@code alg: none}) JWT fails
   * with SIGNATURE_ALGORITHM; anything else unreadable fails with TOKEN_MALFORMED.
   */
  record WellFormed() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      JWT jwt = parse(launch.request().idToken().strip());
      if (jwt instanceof PlainJWT) {
        throw new LaunchRejectedException(LaunchError.SIGNATURE_ALGORITHM, "id_token is unsigned");
      }
      if (!(jwt instanceof SignedJWT signed)) {
        throw new LaunchRejectedException(LaunchError.TOKEN_MALFORMED, "id_token is not a JWS");
      }

      launch.token(signed, claimsOf(signed));
    }

    private static JWT parse(String token) {
      try {
        return JWTParser.parse(token);
      } catch (ParseException e) {
        throw new LaunchRejectedException(LaunchError.TOKEN_MALFORMED, "id_token is not a JWT");
      }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
      try {
        return jwt.getJWTClaimsSet();
      } catch (ParseException e) {
        throw new LaunchRejectedException(
            LaunchError.TOKEN_MALFORMED, "id_token payload is not a JSON claims set");
      }
    }
  }
}
