package nl.onakoers.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;

/**
 * The admin token ({@code ONA_ADMIN_TOKEN}) and the check of a presented one. Without a configured
 * token the admin API and pages are closed.
 *
 * <p>The comparison takes the same time whatever the presented value is: both values are hashed
 * (SHA-256) and the digests compared with {@link MessageDigest#isEqual}, so neither the content nor
 * the length of the token leaks through timing. Thread safe.
 */
@ApplicationScoped
public class AdminToken {

  /** The outcome of a check. */
  public enum Check {
    /** No token is configured: the admin API is closed to everyone. */
    DISABLED,
    /** The presented token is the configured one. */
    ACCEPTED,
    /** A token is configured and the presented one is missing or different. */
    REFUSED
  }

  private final Settings settings;

  protected AdminToken() {
    this(null);
  }

  @Inject
  public AdminToken(Settings settings) {
    this.settings = settings;
  }

  /**
   * @param presented the token from the request, may be null
   */
  public Check check(String presented) {
    String configured = settings.get(Setting.ADMIN_TOKEN);
    if (configured.isEmpty()) {
      return Check.DISABLED;
    }

    byte[] expected = sha256(configured);
    byte[] actual = sha256(presented == null ? "" : presented);
    return MessageDigest.isEqual(expected, actual) ? Check.ACCEPTED : Check.REFUSED;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
