package nl.onakoers.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;

/**
 * Invitations to register a platform: {@code <base>/lti/register?invite=<code>}, needed unless
 * {@code ONA_REGISTRATION_OPEN=true}.
 *
 * <p>A code is {@code <expiry epoch seconds>.<random id>.<HMAC-SHA256>} keyed with the admin token
 * (the random id tells apart two invitations made in the same second): it is valid until it
 * expires, and changing {@code ONA_ADMIN_TOKEN} voids every code. Each code registers one platform:
 * a registration claims it ({@link InvitationUses}, by the code's hash) and gives it back only when
 * the registration fails. Without an admin token no code is valid.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class RegistrationInvitations {

  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(1);
  public static final Duration MAX_LIFETIME = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PURPOSE = "ona-koers registration invitation ";

  /** A code and the moment it stops working. */
  public record Invitation(String code, Instant expiresAt) {}

  private final Settings settings;
  private final InvitationUses uses;
  private final Clock clock;

  protected RegistrationInvitations() {
    this(null, null, null);
  }

  @Inject
  public RegistrationInvitations(Settings settings, InvitationUses uses, Clock clock) {
    this.settings = settings;
    this.uses = uses;
    this.clock = clock;
  }

  /**
   * @param lifetime positive and at most {@link #MAX_LIFETIME}
   * @throws IllegalArgumentException for another lifetime
   * @throws IllegalStateException when no admin token is configured
   */
  public Invitation create(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException("lifetime must be between 1 second and 30 days");
    }
    String key = adminToken();
    if (key.isEmpty()) {
      throw new IllegalStateException("Invitations need ONA_ADMIN_TOKEN");
    }
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String signed = expires + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return new Invitation(signed + "." + sign(key, signed), Instant.ofEpochSecond(expires));
  }

  /** Whether {@code /lti/register} may be used without an invitation. */
  public boolean registrationIsOpen() {
    return settings.isTrue(Setting.REGISTRATION_OPEN);
  }

  /**
   * Passes when registration is open, or the code is valid, not expired and not used yet.
   *
   * @param code the {@code invite} parameter, may be null
   * @throws RegistrationRejectedException {@code INVITATION_INVALID}
   */
  public void requireAccepted(String code) {
    if (registrationIsOpen()) {
      return;
    }
    if (!isValid(code)) {
      throw invalid("invitation missing, wrong or expired");
    }
    if (uses.isUsed(hash(code))) {
      throw invalid("invitation already used");
    }
  }

  /**
   * Takes the invitation for one registration: like {@link #requireAccepted}, and marks it used so
   * that no other registration, on any node, can use it.
   */
  public void claim(String code) {
    requireAccepted(code);
    if (registrationIsOpen()) {
      return;
    }
    if (!uses.claim(hash(code), clock.instant(), expiry(code))) {
      throw invalid("invitation already used");
    }
  }

  /** Gives a claimed invitation back after its registration failed, so it can be tried again. */
  public void release(String code) {
    if (!registrationIsOpen() && code != null) {
      uses.release(hash(code));
    }
  }

  private static RegistrationRejectedException invalid(String reason) {
    return new RegistrationRejectedException(RegistrationError.INVITATION_INVALID, reason);
  }

  private static Instant expiry(String code) {
    return Instant.ofEpochSecond(Long.parseLong(code.substring(0, code.indexOf('.'))));
  }

  /** The code is a credential: only its hash is stored. */
  private static String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private boolean isValid(String code) {
    String key = adminToken();
    String[] parts = code == null ? new String[0] : code.split("\\.", -1);
    if (key.isEmpty() || parts.length != 3 || parts[1].isEmpty()) {
      return false;
    }
    long expires;
    try {
      expires = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return false;
    }
    String signed = parts[0] + "." + parts[1];
    byte[] expected = sign(key, signed).getBytes(StandardCharsets.US_ASCII);
    byte[] presented = parts[2].getBytes(StandardCharsets.US_ASCII);
    boolean authentic = MessageDigest.isEqual(expected, presented);
    return authentic && clock.instant().getEpochSecond() < expires;
  }

  private String adminToken() {
    return settings.get(Setting.ADMIN_TOKEN);
  }

  private static String sign(String key, String expiryAndId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] tag = mac.doFinal((PURPOSE + expiryAndId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
