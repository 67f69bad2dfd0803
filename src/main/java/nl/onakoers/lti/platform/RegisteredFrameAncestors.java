package nl.onakoers.lti.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.web.FrameAncestors;

/**
 * Lets the tool itself and every active registered platform frame the tool's pages: {@code 'self'}
 * plus, for each active registration, the origin of its issuer and its extra frame origins (a
 * hosted Canvas school frames from its own domain), each origin once. A pending registration frames
 * nothing until it is approved.
 *
 * <p>The list is cached for {@link #CACHE_TIME} so that a page view does not query the database. A
 * registration added on this node is seen at once ({@link #forget()}); one added on another node
 * within the cache time. When the database cannot be read, only {@code 'self'} is allowed.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class RegisteredFrameAncestors implements FrameAncestors {

  /** How long the list of origins is reused before the registrations are read again. */
  public static final Duration CACHE_TIME = Duration.ofSeconds(60);

  private static final Logger LOG = Logger.getLogger(RegisteredFrameAncestors.class.getName());
  private static final String SELF = "'self'";

  private final RegistrationRepository registrations;
  private final LoadingCache<String, List<String>> cache;

  protected RegisteredFrameAncestors() {
    this.registrations = null;
    this.cache = null;
  }

  @Inject
  public RegisteredFrameAncestors(RegistrationRepository registrations) {
    this(registrations, Ticker.systemTicker());
  }

  /** With a given ticker, so that tests can let the cache time pass. */
  public RegisteredFrameAncestors(RegistrationRepository registrations, Ticker ticker) {
    this.registrations = registrations;
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TIME)
            .ticker(ticker)
            .build(key -> loadSources());
  }

  @Override
  public List<String> sources() {
    return cache.get(SELF);
  }

  /** Drops the cached list, after a registration was added, changed or deleted on this node. */
  public void forget() {
    cache.invalidateAll();
  }

  private List<String> loadSources() {
    Set<String> sources = new LinkedHashSet<>();
    sources.add(SELF);
    try {
      for (Registration registration : registrations.all()) {
        if (registration.isActive()) {
          addOrigin(sources, registration);
          sources.addAll(registration.frameOrigins());
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Registrations not readable; frame-ancestors is 'self' only", e);
      return List.of(SELF);
    }
    return List.copyOf(sources);
  }

  private static void addOrigin(Set<String> sources, Registration registration) {
    try {
      if (URI.create(registration.issuer()).getHost() == null) {
        throw new IllegalArgumentException("no host");
      }
      sources.add(registration.origin());
    } catch (IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "Registration {0} has an issuer without an origin; not allowed to frame the tool",
          registration.id());
    }
  }
}
