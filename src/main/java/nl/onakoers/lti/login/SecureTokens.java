package nl.onakoers.lti.login;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for state, nonce and sessions: 256 bits from a secure random source. */
public final class SecureTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private SecureTokens() {}

  /** 256 random bits as 43 base64url characters (safe in URLs, forms and cookie names). */
  public static String next() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
