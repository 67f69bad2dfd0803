package nl.onakoers.web;

import java.security.SecureRandom;

/**
 * A short code shown on an error page and written in the matching log line, so that a person can
 * tell the administrator exactly which failure they saw.
 */
public final class ErrorReference {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {}

  /** A new code such as {@code ONA-7K2QH9}: six characters without look-alikes (0/O, 1/I). */
  public static String next() {
    StringBuilder code = new StringBuilder("ONA-");
    for (int i = 0; i < 6; i++) {
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }
}
