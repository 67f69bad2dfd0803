package nl.onakoers.lti.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Comparison of flow secrets (state, nonce) that does not leak their length of agreement. */
final class Secrets {

  private Secrets() {}

  /** True when both are non-null and equal; compared in constant time. */
  static boolean same(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
