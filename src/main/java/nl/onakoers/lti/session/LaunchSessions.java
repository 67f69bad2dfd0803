package nl.onakoers.lti.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.onakoers.lti.login.SecureTokens;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.RegistrationRepository;

/**
 * Opens and resolves launch sessions. A session lives {@link #LIFETIME}; after that the person
 * opens the activity again from the LMS, which starts a fresh one. Drafts are stored separately, so
 * nothing typed is lost when a session ends.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class LaunchSessions {

  /** Long enough for a lesson or a review session, short enough that a leaked link dies. */
  public static final Duration LIFETIME = Duration.ofHours(4);

  private final LaunchSessionRepository repository;
  private final RegistrationRepository registrations;
  private final Clock clock;

  protected LaunchSessions() {
    this(null, null, null);
  }

  @Inject
  public LaunchSessions(
      LaunchSessionRepository repository, RegistrationRepository registrations, Clock clock) {
    this.repository = repository;
    this.registrations = registrations;
    this.clock = clock;
  }

  /**
   * Stores a new session and returns its token, which only the page ever holds.
   *
   * @param details builds the session from its id, creation and expiry instants
   */
  public OpenedSession open(SessionFactory details) {
    String token = SecureTokens.next();
    Instant now = Instant.now(clock);
    LaunchSession session = details.create(hash(token), now, now.plus(LIFETIME));
    repository.add(session);
    return new OpenedSession(token, session);
  }

  /** The live session for a token, or empty when unknown or expired. */
  public Optional<LaunchSession> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    return repository
        .find(hash(token))
        .filter(s -> !s.isExpiredAt(now))
        .filter(this::deploymentStillActive);
  }

  /**
   * An administrator who rejects a deployment or deletes a registration ends its sessions at once,
   * not after their lifetime.
   */
  private boolean deploymentStillActive(LaunchSession session) {
    return registrations
        .findDeployment(session.registrationId(), session.deploymentId())
        .map(Deployment::acceptsLaunches)
        .orElse(false);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Builds a session once its id and lifetime are known. */
  @FunctionalInterface
  public interface SessionFactory {
    LaunchSession create(String id, Instant createdAt, Instant expiresAt);
  }

  /** A stored session with the token that proves it; the token is never stored or logged. */
  public record OpenedSession(String token, LaunchSession session) {
    @Override
    public String toString() {
      return "OpenedSession[" + session + "]";
    }
  }
}
